from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_class_dto import ItemClassDto


T = TypeVar("T", bound="InventoryUnitDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "unit_type",
    "item_class",
    "inventory_id",
    "to_unit",
    "sample_to_unit",
    "from_unit",
    "unit_mult_div",
    "unit_rate",
    "price_adjustment_multiplier",
    "record_id",
)


@_attrs_define(repr=False)
class InventoryUnitDto:
    """
    Attributes:
        unit_type (int | Unset):
        item_class (ItemClassDto | Unset):
        inventory_id (int | Unset): The top part &gt; Item ID &gt; The unique alphanumeric identifier of the stock item.
        to_unit (str | Unset): To unit &gt; The unit of measure selected as the base unit for the item.
        sample_to_unit (str | Unset):
        from_unit (str | Unset): Mandatory field: From unit &gt; The unit of measure for which the conversion parameters
            are specified.
        unit_mult_div (str | Unset): Multiply/divide &gt; The operation to be performed for unit conversion.
        unit_rate (float | Unset):
        price_adjustment_multiplier (float | Unset): Price adjustment multiplier &gt; Changes the price automatically if
            you change the UoM.
        record_id (int | Unset):
    """

    unit_type: int | Unset = UNSET
    item_class: ItemClassDto | Unset = UNSET
    inventory_id: int | Unset = UNSET
    to_unit: str | Unset = UNSET
    sample_to_unit: str | Unset = UNSET
    from_unit: str | Unset = UNSET
    unit_mult_div: str | Unset = UNSET
    unit_rate: float | Unset = UNSET
    price_adjustment_multiplier: float | Unset = UNSET
    record_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_type = self.unit_type

        item_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_class, Unset):
            item_class = self.item_class.to_dict()

        inventory_id = self.inventory_id

        to_unit = self.to_unit

        sample_to_unit = self.sample_to_unit

        from_unit = self.from_unit

        unit_mult_div = self.unit_mult_div

        unit_rate = self.unit_rate

        price_adjustment_multiplier = self.price_adjustment_multiplier

        record_id = self.record_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unit_type is not UNSET:
            field_dict["unitType"] = unit_type
        if item_class is not UNSET:
            field_dict["itemClass"] = item_class
        if inventory_id is not UNSET:
            field_dict["inventoryID"] = inventory_id
        if to_unit is not UNSET:
            field_dict["toUnit"] = to_unit
        if sample_to_unit is not UNSET:
            field_dict["sampleToUnit"] = sample_to_unit
        if from_unit is not UNSET:
            field_dict["fromUnit"] = from_unit
        if unit_mult_div is not UNSET:
            field_dict["unitMultDiv"] = unit_mult_div
        if unit_rate is not UNSET:
            field_dict["unitRate"] = unit_rate
        if price_adjustment_multiplier is not UNSET:
            field_dict["priceAdjustmentMultiplier"] = price_adjustment_multiplier
        if record_id is not UNSET:
            field_dict["recordID"] = record_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.unit_type = _rest.pop("unitType", UNSET)
        _value = _rest.pop("itemClass", UNSET)
        _instance.item_class = UNSET if _value is UNSET else _models.ItemClassDto.from_dict(_value)
        _instance.inventory_id = _rest.pop("inventoryID", UNSET)
        _instance.to_unit = _rest.pop("toUnit", UNSET)
        _instance.sample_to_unit = _rest.pop("sampleToUnit", UNSET)
        _instance.from_unit = _rest.pop("fromUnit", UNSET)
        _instance.unit_mult_div = _rest.pop("unitMultDiv", UNSET)
        _instance.unit_rate = _rest.pop("unitRate", UNSET)
        _instance.price_adjustment_multiplier = _rest.pop("priceAdjustmentMultiplier", UNSET)
        _instance.record_id = _rest.pop("recordID", UNSET)
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
