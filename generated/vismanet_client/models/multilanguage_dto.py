from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultilanguageDto")


@_attrs_define
class MultilanguageDto:
    """
    Attributes:
        language_iso (str | Unset):
        translation (str | Unset):
        is_translated (bool | Unset):
    """

    language_iso: str | Unset = UNSET
    translation: str | Unset = UNSET
    is_translated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language_iso = self.language_iso

        translation = self.translation

        is_translated = self.is_translated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language_iso is not UNSET:
            field_dict["languageISO"] = language_iso
        if translation is not UNSET:
            field_dict["translation"] = translation
        if is_translated is not UNSET:
            field_dict["isTranslated"] = is_translated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        language_iso = d.pop("languageISO", UNSET)

        translation = d.pop("translation", UNSET)

        is_translated = d.pop("isTranslated", UNSET)

        multilanguage_dto = cls(
            language_iso=language_iso,
            translation=translation,
            is_translated=is_translated,
        )

        multilanguage_dto.additional_properties = d
        return multilanguage_dto

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
