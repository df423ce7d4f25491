from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActiveMultilanguageDto")


@_attrs_define
class ActiveMultilanguageDto:
    """
    Attributes:
        is_default (bool | Unset):
        language_iso (str | Unset):
        native_name (str | Unset):
        is_active (bool | Unset):
    """

    is_default: bool | Unset = UNSET
    language_iso: str | Unset = UNSET
    native_name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_default = self.is_default

        language_iso = self.language_iso

        native_name = self.native_name

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if language_iso is not UNSET:
            field_dict["languageISO"] = language_iso
        if native_name is not UNSET:
            field_dict["nativeName"] = native_name
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_default = d.pop("isDefault", UNSET)

        language_iso = d.pop("languageISO", UNSET)

        native_name = d.pop("nativeName", UNSET)

        is_active = d.pop("isActive", UNSET)

        active_multilanguage_dto = cls(
            is_default=is_default,
            language_iso=language_iso,
            native_name=native_name,
            is_active=is_active,
        )

        active_multilanguage_dto.additional_properties = d
        return active_multilanguage_dto

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
