from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.subaccount_id_in_sub_account_update_dto import SubaccountIdInSubAccountUpdateDto
    from ..models.subaccount_number_in_sub_account_update_dto import SubaccountNumberInSubAccountUpdateDto


T = TypeVar("T", bound="SubAccountUpdateDto")


@_attrs_define
class SubAccountUpdateDto:
    """
    Attributes:
        subaccount_number (SubaccountNumberInSubAccountUpdateDto): Mandatory field, identifies the subaccount to update.
        subaccount_id (SubaccountIdInSubAccountUpdateDto | Unset): The property is now considered obsolete, use
            SubaccountNumber instead. If SubaccountNumber is specified in a request, this property is ignored.
        description (DtoValueOfString | Unset):
        active (DtoValueOfBoolean | Unset):
    """

    subaccount_number: SubaccountNumberInSubAccountUpdateDto
    subaccount_id: SubaccountIdInSubAccountUpdateDto | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    active: DtoValueOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_number = self.subaccount_number.to_dict()

        subaccount_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subaccount_id, Unset):
            subaccount_id = self.subaccount_id.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subaccountNumber": subaccount_number,
            }
        )
        if subaccount_id is not UNSET:
            field_dict["subaccountId"] = subaccount_id
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_boolean import DtoValueOfBoolean
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.subaccount_id_in_sub_account_update_dto import SubaccountIdInSubAccountUpdateDto
        from ..models.subaccount_number_in_sub_account_update_dto import SubaccountNumberInSubAccountUpdateDto

        d = dict(src_dict)
        subaccount_number = SubaccountNumberInSubAccountUpdateDto.from_dict(d.pop("subaccountNumber"))

        _subaccount_id = d.pop("subaccountId", UNSET)
        subaccount_id: SubaccountIdInSubAccountUpdateDto | Unset
        if isinstance(_subaccount_id, Unset):
            subaccount_id = UNSET
        else:
            subaccount_id = SubaccountIdInSubAccountUpdateDto.from_dict(_subaccount_id)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _active = d.pop("active", UNSET)
        active: DtoValueOfBoolean | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = DtoValueOfBoolean.from_dict(_active)

        sub_account_update_dto = cls(
            subaccount_number=subaccount_number,
            subaccount_id=subaccount_id,
            description=description,
            active=active,
        )

        sub_account_update_dto.additional_properties = d
        return sub_account_update_dto

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
