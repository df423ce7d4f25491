from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entry_type_dto import EntryTypeDto


T = TypeVar("T", bound="CashAccountDto")


@_attrs_define
class CashAccountDto:
    """
    Attributes:
        last_modified_date_time (datetime.datetime | Unset): A system generated date/time to indicate when the document
            was last changed.
        entry_types (list[EntryTypeDto] | Unset): The Entry types tab &gt;
        currency (str | Unset):
        number (str | Unset): Number of item
        description (str | Unset): Name of item/description
    """

    last_modified_date_time: datetime.datetime | Unset = UNSET
    entry_types: list[EntryTypeDto] | Unset = UNSET
    currency: str | Unset = UNSET
    number: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        entry_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entry_types, Unset):
            entry_types = []
            for entry_types_item_data in self.entry_types:
                entry_types_item = entry_types_item_data.to_dict()
                entry_types.append(entry_types_item)

        currency = self.currency

        number = self.number

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if entry_types is not UNSET:
            field_dict["entryTypes"] = entry_types
        if currency is not UNSET:
            field_dict["currency"] = currency
        if number is not UNSET:
            field_dict["number"] = number
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entry_type_dto import EntryTypeDto

        d = dict(src_dict)
        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        _entry_types = d.pop("entryTypes", UNSET)
        entry_types: list[EntryTypeDto] | Unset = UNSET
        if _entry_types is not UNSET:
            entry_types = []
            for entry_types_item_data in _entry_types:
                entry_types_item = EntryTypeDto.from_dict(entry_types_item_data)

                entry_types.append(entry_types_item)

        currency = d.pop("currency", UNSET)

        number = d.pop("number", UNSET)

        description = d.pop("description", UNSET)

        cash_account_dto = cls(
            last_modified_date_time=last_modified_date_time,
            entry_types=entry_types,
            currency=currency,
            number=number,
            description=description,
        )

        cash_account_dto.additional_properties = d
        return cash_account_dto

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
