from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_number_in_prebooking_update_dto import AccountNumberInPrebookingUpdateDto
    from ..models.segment_update_dto import SegmentUpdateDto


T = TypeVar("T", bound="PrebookingUpdateDto")


@_attrs_define
class PrebookingUpdateDto:
    """
    Attributes:
        account_number (AccountNumberInPrebookingUpdateDto | Unset): Account used for prebooking.
        subaccount (list[SegmentUpdateDto] | Unset): Subaccount used for prebooking.
    """

    account_number: AccountNumberInPrebookingUpdateDto | Unset = UNSET
    subaccount: list[SegmentUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_number, Unset):
            account_number = self.account_number.to_dict()

        subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = []
            for subaccount_item_data in self.subaccount:
                subaccount_item = subaccount_item_data.to_dict()
                subaccount.append(subaccount_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_number_in_prebooking_update_dto import AccountNumberInPrebookingUpdateDto
        from ..models.segment_update_dto import SegmentUpdateDto

        d = dict(src_dict)
        _account_number = d.pop("accountNumber", UNSET)
        account_number: AccountNumberInPrebookingUpdateDto | Unset
        if isinstance(_account_number, Unset):
            account_number = UNSET
        else:
            account_number = AccountNumberInPrebookingUpdateDto.from_dict(_account_number)

        _subaccount = d.pop("subaccount", UNSET)
        subaccount: list[SegmentUpdateDto] | Unset = UNSET
        if _subaccount is not UNSET:
            subaccount = []
            for subaccount_item_data in _subaccount:
                subaccount_item = SegmentUpdateDto.from_dict(subaccount_item_data)

                subaccount.append(subaccount_item)

        prebooking_update_dto = cls(
            account_number=account_number,
            subaccount=subaccount,
        )

        prebooking_update_dto.additional_properties = d
        return prebooking_update_dto

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
