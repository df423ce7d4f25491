from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.segment_update_dto import SegmentUpdateDto


T = TypeVar("T", bound="DepartmentUpdateBaseDto")


@_attrs_define
class DepartmentUpdateBaseDto:
    """
    Attributes:
        department_id (str | Unset):
        description (DtoValueOfString | Unset):
        expense_account (DtoValueOfString | Unset):
        expense_subaccount (list[SegmentUpdateDto] | Unset):
    """

    department_id: str | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    expense_account: DtoValueOfString | Unset = UNSET
    expense_subaccount: list[SegmentUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department_id = self.department_id

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        expense_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_account, Unset):
            expense_account = self.expense_account.to_dict()

        expense_subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expense_subaccount, Unset):
            expense_subaccount = []
            for expense_subaccount_item_data in self.expense_subaccount:
                expense_subaccount_item = expense_subaccount_item_data.to_dict()
                expense_subaccount.append(expense_subaccount_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if description is not UNSET:
            field_dict["description"] = description
        if expense_account is not UNSET:
            field_dict["expenseAccount"] = expense_account
        if expense_subaccount is not UNSET:
            field_dict["expenseSubaccount"] = expense_subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.segment_update_dto import SegmentUpdateDto

        d = dict(src_dict)
        department_id = d.pop("departmentId", UNSET)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _expense_account = d.pop("expenseAccount", UNSET)
        expense_account: DtoValueOfString | Unset
        if isinstance(_expense_account, Unset):
            expense_account = UNSET
        else:
            expense_account = DtoValueOfString.from_dict(_expense_account)

        _expense_subaccount = d.pop("expenseSubaccount", UNSET)
        expense_subaccount: list[SegmentUpdateDto] | Unset = UNSET
        if _expense_subaccount is not UNSET:
            expense_subaccount = []
            for expense_subaccount_item_data in _expense_subaccount:
                expense_subaccount_item = SegmentUpdateDto.from_dict(expense_subaccount_item_data)

                expense_subaccount.append(expense_subaccount_item)

        department_update_base_dto = cls(
            department_id=department_id,
            description=description,
            expense_account=expense_account,
            expense_subaccount=expense_subaccount,
        )

        department_update_base_dto.additional_properties = d
        return department_update_base_dto

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
