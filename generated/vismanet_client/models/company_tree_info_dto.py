from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_tree_info_dto_operation import CompanyTreeInfoDtoOperation, check_company_tree_info_dto_operation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CompanyTreeInfoDto")


@_attrs_define
class CompanyTreeInfoDto:
    """
    Attributes:
        operation (CompanyTreeInfoDtoOperation | Unset):
        active (DtoValueOfBoolean | Unset):
        owner (DtoValueOfBoolean | Unset):
        work_group_id (DtoValueOfString | Unset):
    """

    operation: CompanyTreeInfoDtoOperation | Unset = UNSET
    active: DtoValueOfBoolean | Unset = UNSET
    owner: DtoValueOfBoolean | Unset = UNSET
    work_group_id: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        work_group_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_group_id, Unset):
            work_group_id = self.work_group_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if active is not UNSET:
            field_dict["active"] = active
        if owner is not UNSET:
            field_dict["owner"] = owner
        if work_group_id is not UNSET:
            field_dict["workGroupID"] = work_group_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_boolean import DtoValueOfBoolean
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: CompanyTreeInfoDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_company_tree_info_dto_operation(_operation)

        _active = d.pop("active", UNSET)
        active: DtoValueOfBoolean | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = DtoValueOfBoolean.from_dict(_active)

        _owner = d.pop("owner", UNSET)
        owner: DtoValueOfBoolean | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = DtoValueOfBoolean.from_dict(_owner)

        _work_group_id = d.pop("workGroupID", UNSET)
        work_group_id: DtoValueOfString | Unset
        if isinstance(_work_group_id, Unset):
            work_group_id = UNSET
        else:
            work_group_id = DtoValueOfString.from_dict(_work_group_id)

        company_tree_info_dto = cls(
            operation=operation,
            active=active,
            owner=owner,
            work_group_id=work_group_id,
        )

        company_tree_info_dto.additional_properties = d
        return company_tree_info_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
