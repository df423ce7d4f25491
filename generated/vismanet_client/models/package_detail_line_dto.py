from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageDetailLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_number",
    "confirmed",
    "box_id",
    "type_",
    "description",
    "weight",
    "uom",
    "volume",
    "volume_uom",
    "declared_value",
    "co_d_amount",
    "tracking_number",
    "custom_ref_nbr_1",
    "custom_ref_nbr_2",
)


@_attrs_define(repr=False)
class PackageDetailLineDto:
    """
    Attributes:
        line_number (int | Unset): Packages tab &gt; Line number. The sequence of the lines.
        confirmed (bool | Unset): Packages tab &gt; Confirmed &gt; This check box indicates (if selected) that shipping
            of the package specified on the line has been confirmed.
        box_id (str | Unset): Mandatory field: Packages tab &gt; Box ID* &gt; The box used for the package.
        type_ (str | Unset): Packages tab &gt; Type &gt; The type of package: Auto or Manual.
        description (str | Unset): Packages tab &gt; Description &gt; The description of the item or description of the
            box contents.
        weight (float | Unset): Packages tab &gt; Weight &gt; The gross weight of the package.
        uom (str | Unset): Packages tab &gt; UoM &gt; The unit of measure in which the weight of the package is
            specified.
        volume (float | Unset): Packages tab &gt; Volume &gt; The gross volume of the package.
        volume_uom (str | Unset): Packages tab &gt; VolumeUoM &gt; The unit of measure in which the volume of the
            package is specified.
        declared_value (float | Unset): Packages tab &gt; Declared value &gt; The amount of the package specified for
            insurance, you can edit the value if needed.
        co_d_amount (float | Unset): Packages tab &gt; Cost of delivery amount &gt; The amount to be charged on delivery
            of the package, you can edit the value if needed.
        tracking_number (str | Unset): Packages tab &gt; Tracking number &gt; The tracking number provided for the
            package by the carrier if integration with carrier is configured.
        custom_ref_nbr_1 (str | Unset): Packages tab &gt; Customer ref. no. 1 &gt; An auxiliary reference number to
            appear on the carrier label for the box.
        custom_ref_nbr_2 (str | Unset): Packages tab &gt; Customer ref. no. 2 &gt; An additional auxiliary reference
            number to appear on the carrier label for the box.
    """

    line_number: int | Unset = UNSET
    confirmed: bool | Unset = UNSET
    box_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    weight: float | Unset = UNSET
    uom: str | Unset = UNSET
    volume: float | Unset = UNSET
    volume_uom: str | Unset = UNSET
    declared_value: float | Unset = UNSET
    co_d_amount: float | Unset = UNSET
    tracking_number: str | Unset = UNSET
    custom_ref_nbr_1: str | Unset = UNSET
    custom_ref_nbr_2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        confirmed = self.confirmed

        box_id = self.box_id

        type_ = self.type_

        description = self.description

        weight = self.weight

        uom = self.uom

        volume = self.volume

        volume_uom = self.volume_uom

        declared_value = self.declared_value

        co_d_amount = self.co_d_amount

        tracking_number = self.tracking_number

        custom_ref_nbr_1 = self.custom_ref_nbr_1

        custom_ref_nbr_2 = self.custom_ref_nbr_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if box_id is not UNSET:
            field_dict["boxId"] = box_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if weight is not UNSET:
            field_dict["weight"] = weight
        if uom is not UNSET:
            field_dict["uom"] = uom
        if volume is not UNSET:
            field_dict["volume"] = volume
        if volume_uom is not UNSET:
            field_dict["volumeUOM"] = volume_uom
        if declared_value is not UNSET:
            field_dict["declaredValue"] = declared_value
        if co_d_amount is not UNSET:
            field_dict["coDAmount"] = co_d_amount
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number
        if custom_ref_nbr_1 is not UNSET:
            field_dict["customRefNbr1"] = custom_ref_nbr_1
        if custom_ref_nbr_2 is not UNSET:
            field_dict["customRefNbr2"] = custom_ref_nbr_2

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.line_number = _rest.pop("lineNumber", UNSET)
        _instance.confirmed = _rest.pop("confirmed", UNSET)
        _instance.box_id = _rest.pop("boxId", UNSET)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.weight = _rest.pop("weight", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.volume = _rest.pop("volume", UNSET)
        _instance.volume_uom = _rest.pop("volumeUOM", UNSET)
        _instance.declared_value = _rest.pop("declaredValue", UNSET)
        _instance.co_d_amount = _rest.pop("coDAmount", UNSET)
        _instance.tracking_number = _rest.pop("trackingNumber", UNSET)
        _instance.custom_ref_nbr_1 = _rest.pop("customRefNbr1", UNSET)
        _instance.custom_ref_nbr_2 = _rest.pop("customRefNbr2", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        _instance.additional_properties = dict(_rest) if _rest else {}
        return _instance

    def __repr__(self) -> str:
        """Only the fields that are set: a Visma DTO has dozens of fields and a record usually fills a few."""
        fields = [f"{name}={value!r}" for name in _FIELD_NAMES if (value := getattr(self, name)) is not UNSET]
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

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
