from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WithoutWithVatDto")


@_attrs_define
class WithoutWithVatDto:
    """
    Attributes:
        without_vat (float | Unset):
        with_vat (float | Unset):
    """

    without_vat: float | Unset = UNSET
    with_vat: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        without_vat = self.without_vat

        with_vat = self.with_vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if without_vat is not UNSET:
            field_dict["withoutVat"] = without_vat
        if with_vat is not UNSET:
            field_dict["withVat"] = with_vat

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        without_vat = d.pop("withoutVat", UNSET)

        with_vat = d.pop("withVat", UNSET)

        without_with_vat_dto = cls(
            without_vat=without_vat,
            with_vat=with_vat,
        )

        without_with_vat_dto.additional_properties = d
        return without_with_vat_dto

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
