from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offset_account_override_in_entry_type_dto_type import (
    OffsetAccountOverrideInEntryTypeDtoType,
    check_offset_account_override_in_entry_type_dto_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OffsetAccountOverrideInEntryTypeDto")


@_attrs_define
class OffsetAccountOverrideInEntryTypeDto:
    """Reclassification account override &gt; The account that should be used as the offset account for this entry type
    with this cash account instead of the default offset account specified on the Entry types tab.
    We recommend that for the disbursement type of transaction, you specify an expense account. For the receipt type of
    transaction, specify an asset account.

        Attributes:
            type_ (OffsetAccountOverrideInEntryTypeDtoType | Unset): Account &gt; The account number.
            external_code_1 (str | Unset): Account class &gt; The identifier of the account class.
            external_code_2 (str | Unset): Account class &gt; The name of the account class.
            active (bool | Unset):
            number (str | Unset): Number of item
            description (str | Unset): Name of item/description
    """

    type_: OffsetAccountOverrideInEntryTypeDtoType | Unset = UNSET
    external_code_1: str | Unset = UNSET
    external_code_2: str | Unset = UNSET
    active: bool | Unset = UNSET
    number: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        external_code_1 = self.external_code_1

        external_code_2 = self.external_code_2

        active = self.active

        number = self.number

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if external_code_1 is not UNSET:
            field_dict["externalCode1"] = external_code_1
        if external_code_2 is not UNSET:
            field_dict["externalCode2"] = external_code_2
        if active is not UNSET:
            field_dict["active"] = active
        if number is not UNSET:
            field_dict["number"] = number
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: OffsetAccountOverrideInEntryTypeDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_offset_account_override_in_entry_type_dto_type(_type_)

        external_code_1 = d.pop("externalCode1", UNSET)

        external_code_2 = d.pop("externalCode2", UNSET)

        active = d.pop("active", UNSET)

        number = d.pop("number", UNSET)

        description = d.pop("description", UNSET)

        offset_account_override_in_entry_type_dto = cls(
            type_=type_,
            external_code_1=external_code_1,
            external_code_2=external_code_2,
            active=active,
            number=number,
            description=description,
        )

        offset_account_override_in_entry_type_dto.additional_properties = d
        return offset_account_override_in_entry_type_dto

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
