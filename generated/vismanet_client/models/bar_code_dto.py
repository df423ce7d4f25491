from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BarCodeDto")


@_attrs_define
class BarCodeDto:
    """
    Attributes:
        bar_code (str | Unset):
        inventory_number (str | Unset):
    """

    bar_code: str | Unset = UNSET
    inventory_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bar_code = self.bar_code

        inventory_number = self.inventory_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bar_code is not UNSET:
            field_dict["barCode"] = bar_code
        if inventory_number is not UNSET:
            field_dict["inventoryNumber"] = inventory_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bar_code = d.pop("barCode", UNSET)

        inventory_number = d.pop("inventoryNumber", UNSET)

        bar_code_dto = cls(
            bar_code=bar_code,
            inventory_number=inventory_number,
        )

        bar_code_dto.additional_properties = d
        return bar_code_dto

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
