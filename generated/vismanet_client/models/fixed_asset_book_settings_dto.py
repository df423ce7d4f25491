from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedAssetBookSettingsDto")


@_attrs_define
class FixedAssetBookSettingsDto:
    """
    Attributes:
        book_id (str | Unset): The book id
        depreciation_method_id (str | Unset): The depreciation method id
    """

    book_id: str | Unset = UNSET
    depreciation_method_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        book_id = self.book_id

        depreciation_method_id = self.depreciation_method_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if book_id is not UNSET:
            field_dict["bookID"] = book_id
        if depreciation_method_id is not UNSET:
            field_dict["depreciationMethodID"] = depreciation_method_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        book_id = d.pop("bookID", UNSET)

        depreciation_method_id = d.pop("depreciationMethodID", UNSET)

        fixed_asset_book_settings_dto = cls(
            book_id=book_id,
            depreciation_method_id=depreciation_method_id,
        )

        fixed_asset_book_settings_dto.additional_properties = d
        return fixed_asset_book_settings_dto

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
