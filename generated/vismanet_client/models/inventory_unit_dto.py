from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_class_dto import ItemClassDto


T = TypeVar("T", bound="InventoryUnitDto")


@_attrs_define
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
        from ..models.item_class_dto import ItemClassDto

        d = dict(src_dict)
        unit_type = d.pop("unitType", UNSET)

        _item_class = d.pop("itemClass", UNSET)
        item_class: ItemClassDto | Unset
        if isinstance(_item_class, Unset):
            item_class = UNSET
        else:
            item_class = ItemClassDto.from_dict(_item_class)

        inventory_id = d.pop("inventoryID", UNSET)

        to_unit = d.pop("toUnit", UNSET)

        sample_to_unit = d.pop("sampleToUnit", UNSET)

        from_unit = d.pop("fromUnit", UNSET)

        unit_mult_div = d.pop("unitMultDiv", UNSET)

        unit_rate = d.pop("unitRate", UNSET)

        price_adjustment_multiplier = d.pop("priceAdjustmentMultiplier", UNSET)

        record_id = d.pop("recordID", UNSET)

        inventory_unit_dto = cls(
            unit_type=unit_type,
            item_class=item_class,
            inventory_id=inventory_id,
            to_unit=to_unit,
            sample_to_unit=sample_to_unit,
            from_unit=from_unit,
            unit_mult_div=unit_mult_div,
            unit_rate=unit_rate,
            price_adjustment_multiplier=price_adjustment_multiplier,
            record_id=record_id,
        )

        inventory_unit_dto.additional_properties = d
        return inventory_unit_dto

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
