from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_description_dto import LocationDescriptionDto


T = TypeVar("T", bound="AllocationsBasicDto")


@_attrs_define
class AllocationsBasicDto:
    """This class represents a basic Allocation/Kit Allocation

    Attributes:
        line_nbr (int | Unset):
        location (LocationDescriptionDto | Unset):
        lot_serial_number (str | Unset):
        quantity (float | Unset):
    """

    line_nbr: int | Unset = UNSET
    location: LocationDescriptionDto | Unset = UNSET
    lot_serial_number: str | Unset = UNSET
    quantity: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_nbr = self.line_nbr

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        lot_serial_number = self.lot_serial_number

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if location is not UNSET:
            field_dict["location"] = location
        if lot_serial_number is not UNSET:
            field_dict["lotSerialNumber"] = lot_serial_number
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.location_description_dto import LocationDescriptionDto

        d = dict(src_dict)
        line_nbr = d.pop("lineNbr", UNSET)

        _location = d.pop("location", UNSET)
        location: LocationDescriptionDto | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationDescriptionDto.from_dict(_location)

        lot_serial_number = d.pop("lotSerialNumber", UNSET)

        quantity = d.pop("quantity", UNSET)

        allocations_basic_dto = cls(
            line_nbr=line_nbr,
            location=location,
            lot_serial_number=lot_serial_number,
            quantity=quantity,
        )

        allocations_basic_dto.additional_properties = d
        return allocations_basic_dto

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
