from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

T = TypeVar("T", bound="ShipmentSOLine")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "order_type",
    "order_number",
    "order_line_number",
    "inventory_id",
)


@_attrs_define(repr=False)
class ShipmentSOLine(GeneratedModel):
    """
    Attributes:
        order_type (str | Unset): Sales Order Type
        order_number (str | Unset): Sales Order Number
        order_line_number (int | Unset): Sales Order Line Number, optional if Inventory Id is entered
        inventory_id (str | Unset): Inventory Id, ignored if Order Line Number is specified. If more that one line on
            the Sales order has this Inventory Id, it will not work.
    """

    order_type: str | Unset | None = UNSET
    order_number: str | Unset | None = UNSET
    order_line_number: int | Unset | None = UNSET
    inventory_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.order_type
        if _value is not UNSET:
            field_dict["orderType"] = _value
        _value = self.order_number
        if _value is not UNSET:
            field_dict["orderNumber"] = _value
        _value = self.order_line_number
        if _value is not UNSET:
            field_dict["orderLineNumber"] = _value
        _value = self.inventory_id
        if _value is not UNSET:
            field_dict["inventoryId"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ShipmentSOLine or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.order_type = _rest.pop("orderType", UNSET)
        self.order_number = _rest.pop("orderNumber", UNSET)
        self.order_line_number = _rest.pop("orderLineNumber", UNSET)
        self.inventory_id = _rest.pop("inventoryId", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("order_type", "orderType", False, "str"),
        ("order_number", "orderNumber", False, "str"),
        ("order_line_number", "orderLineNumber", False, "int"),
        ("inventory_id", "inventoryId", False, "str"),
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


_Lazy = _lazy_twin(ShipmentSOLine)
