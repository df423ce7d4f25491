from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class InventoryUnitDto(GeneratedModel):
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

    unit_type: int | Unset | None = UNSET
    item_class: ItemClassDto | Unset | None = UNSET
    inventory_id: int | Unset | None = UNSET
    to_unit: str | Unset | None = UNSET
    sample_to_unit: str | Unset | None = UNSET
    from_unit: str | Unset | None = UNSET
    unit_mult_div: str | Unset | None = UNSET
    unit_rate: float | Unset | None = UNSET
    price_adjustment_multiplier: float | Unset | None = UNSET
    record_id: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.unit_type
        if _value is not UNSET:
            field_dict["unitType"] = _value
        _value = self.item_class
        if _value is not UNSET:
            field_dict["itemClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory_id
        if _value is not UNSET:
            field_dict["inventoryID"] = _value
        _value = self.to_unit
        if _value is not UNSET:
            field_dict["toUnit"] = _value
        _value = self.sample_to_unit
        if _value is not UNSET:
            field_dict["sampleToUnit"] = _value
        _value = self.from_unit
        if _value is not UNSET:
            field_dict["fromUnit"] = _value
        _value = self.unit_mult_div
        if _value is not UNSET:
            field_dict["unitMultDiv"] = _value
        _value = self.unit_rate
        if _value is not UNSET:
            field_dict["unitRate"] = _value
        _value = self.price_adjustment_multiplier
        if _value is not UNSET:
            field_dict["priceAdjustmentMultiplier"] = _value
        _value = self.record_id
        if _value is not UNSET:
            field_dict["recordID"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not InventoryUnitDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.unit_type = _rest.pop("unitType", UNSET)
        _value = _rest.pop("itemClass", UNSET)
        self.item_class = (
            _models.ItemClassDto._vn_fill(_new(_models.ItemClassDto), _value) if isinstance(_value, dict) else _value
        )
        self.inventory_id = _rest.pop("inventoryID", UNSET)
        self.to_unit = _rest.pop("toUnit", UNSET)
        self.sample_to_unit = _rest.pop("sampleToUnit", UNSET)
        self.from_unit = _rest.pop("fromUnit", UNSET)
        self.unit_mult_div = _rest.pop("unitMultDiv", UNSET)
        self.unit_rate = _rest.pop("unitRate", UNSET)
        self.price_adjustment_multiplier = _rest.pop("priceAdjustmentMultiplier", UNSET)
        self.record_id = _rest.pop("recordID", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("unit_type", "unitType", False, "int"),
        ("item_class", "itemClass", False, ("model", "ItemClassDto")),
        ("inventory_id", "inventoryID", False, "int"),
        ("to_unit", "toUnit", False, "str"),
        ("sample_to_unit", "sampleToUnit", False, "str"),
        ("from_unit", "fromUnit", False, "str"),
        ("unit_mult_div", "unitMultDiv", False, "str"),
        ("unit_rate", "unitRate", False, "float"),
        ("price_adjustment_multiplier", "priceAdjustmentMultiplier", False, "float"),
        ("record_id", "recordID", False, "int"),
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


_Lazy = _lazy_twin(InventoryUnitDto)
