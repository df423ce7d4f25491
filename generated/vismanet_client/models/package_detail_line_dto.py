from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class PackageDetailLineDto(GeneratedModel):
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

    line_number: int | Unset | None = UNSET
    confirmed: bool | Unset | None = UNSET
    box_id: str | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    weight: float | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    volume: float | Unset | None = UNSET
    volume_uom: str | Unset | None = UNSET
    declared_value: float | Unset | None = UNSET
    co_d_amount: float | Unset | None = UNSET
    tracking_number: str | Unset | None = UNSET
    custom_ref_nbr_1: str | Unset | None = UNSET
    custom_ref_nbr_2: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value
        _value = self.confirmed
        if _value is not UNSET:
            field_dict["confirmed"] = _value
        _value = self.box_id
        if _value is not UNSET:
            field_dict["boxId"] = _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.weight
        if _value is not UNSET:
            field_dict["weight"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.volume
        if _value is not UNSET:
            field_dict["volume"] = _value
        _value = self.volume_uom
        if _value is not UNSET:
            field_dict["volumeUOM"] = _value
        _value = self.declared_value
        if _value is not UNSET:
            field_dict["declaredValue"] = _value
        _value = self.co_d_amount
        if _value is not UNSET:
            field_dict["coDAmount"] = _value
        _value = self.tracking_number
        if _value is not UNSET:
            field_dict["trackingNumber"] = _value
        _value = self.custom_ref_nbr_1
        if _value is not UNSET:
            field_dict["customRefNbr1"] = _value
        _value = self.custom_ref_nbr_2
        if _value is not UNSET:
            field_dict["customRefNbr2"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not PackageDetailLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_number = _rest.pop("lineNumber", UNSET)
        self.confirmed = _rest.pop("confirmed", UNSET)
        self.box_id = _rest.pop("boxId", UNSET)
        self.type_ = _rest.pop("type", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.weight = _rest.pop("weight", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        self.volume = _rest.pop("volume", UNSET)
        self.volume_uom = _rest.pop("volumeUOM", UNSET)
        self.declared_value = _rest.pop("declaredValue", UNSET)
        self.co_d_amount = _rest.pop("coDAmount", UNSET)
        self.tracking_number = _rest.pop("trackingNumber", UNSET)
        self.custom_ref_nbr_1 = _rest.pop("customRefNbr1", UNSET)
        self.custom_ref_nbr_2 = _rest.pop("customRefNbr2", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_number", "lineNumber", False, "int"),
        ("confirmed", "confirmed", False, "bool"),
        ("box_id", "boxId", False, "str"),
        ("type_", "type", False, "str"),
        ("description", "description", False, "str"),
        ("weight", "weight", False, "float"),
        ("uom", "uom", False, "str"),
        ("volume", "volume", False, "float"),
        ("volume_uom", "volumeUOM", False, "str"),
        ("declared_value", "declaredValue", False, "float"),
        ("co_d_amount", "coDAmount", False, "float"),
        ("tracking_number", "trackingNumber", False, "str"),
        ("custom_ref_nbr_1", "customRefNbr1", False, "str"),
        ("custom_ref_nbr_2", "customRefNbr2", False, "str"),
    )
    _vn_extra = None

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


_Lazy = _lazy_twin(PackageDetailLineDto)
