from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationInShipmentDetailLineDto")


@_attrs_define
class LocationInShipmentDetailLineDto:
    """Document details tab &gt; Location &gt; The location in the warehouse from which the item is shipped.

    Attributes:
        country_id (str | Unset): Location*.
        id (str | Unset): Click the magnifier &gt; The identifier
        name (str | Unset): Click the magnifier &gt; The displayed name
    """

    country_id: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_id = self.country_id

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_id is not UNSET:
            field_dict["countryId"] = country_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country_id = d.pop("countryId", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        location_in_shipment_detail_line_dto = cls(
            country_id=country_id,
            id=id,
            name=name,
        )

        location_in_shipment_detail_line_dto.additional_properties = d
        return location_in_shipment_detail_line_dto

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
