from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultOffsetSubaccountInEntryTypeDto")


@_attrs_define
class DefaultOffsetSubaccountInEntryTypeDto:
    """Default offset subaccount &gt; The corresponding subaccount.

    Attributes:
        active (bool | Unset):
        id (str | Unset): Click on the magnifier. &gt; The identifier.
        description (str | Unset): Click on the magnifier. &gt; The description.
    """

    active: bool | Unset = UNSET
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        id = self.id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        default_offset_subaccount_in_entry_type_dto = cls(
            active=active,
            id=id,
            description=description,
        )

        default_offset_subaccount_in_entry_type_dto.additional_properties = d
        return default_offset_subaccount_in_entry_type_dto

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
