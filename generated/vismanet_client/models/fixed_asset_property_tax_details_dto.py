from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedAssetPropertyTaxDetailsDto")


@_attrs_define
class FixedAssetPropertyTaxDetailsDto:
    """This class represents an attribute in FixedAssetPropertyTaxGroup. Used for getting data.

    Attributes:
        date (datetime.datetime | Unset): The date
        property_value (float | Unset): The property value
        min_percent (float | Unset): The minimum value percentage
    """

    date: datetime.datetime | Unset = UNSET
    property_value: float | Unset = UNSET
    min_percent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        property_value = self.property_value

        min_percent = self.min_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if property_value is not UNSET:
            field_dict["propertyValue"] = property_value
        if min_percent is not UNSET:
            field_dict["minPercent"] = min_percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        property_value = d.pop("propertyValue", UNSET)

        min_percent = d.pop("minPercent", UNSET)

        fixed_asset_property_tax_details_dto = cls(
            date=date,
            property_value=property_value,
            min_percent=min_percent,
        )

        fixed_asset_property_tax_details_dto.additional_properties = d
        return fixed_asset_property_tax_details_dto

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
