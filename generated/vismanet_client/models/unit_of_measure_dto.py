from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_of_measure_dto_supplementary_measure_unit import (
    UnitOfMeasureDtoSupplementaryMeasureUnit,
)
from ..models.unit_of_measure_dto_unit_mult_div import (
    UnitOfMeasureDtoUnitMultDiv,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitOfMeasureDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "from_unit",
    "to_unit",
    "unit_mult_div",
    "unit_rate",
    "supplementary_measure_unit",
)


@_attrs_define(repr=False)
class UnitOfMeasureDto:
    """
    Attributes:
        from_unit (str | Unset): Mandatory field: The table &gt; From unit* &gt; The unit to be converted.
        to_unit (str | Unset): Mandatory field: The table &gt; To unit* &gt; The unit to which the unit specified in the
            From unit will be converted with the use of the specified operation and specified conversion factor.
        unit_mult_div (UnitOfMeasureDtoUnitMultDiv | Unset): The table &gt; Multiply/divide &gt; The operation to be
            performed for conversion of the From unit to the To unit.
        unit_rate (float | Unset): The table &gt; Conversion factor &gt; The factor to be used for the unit conversion
            with the specified operation.
        supplementary_measure_unit (UnitOfMeasureDtoSupplementaryMeasureUnit | Unset): The table &gt; Supplementary
            measure unit &gt; The supplementary measure unit to which the conversion will be made for Intrastat.
    """

    from_unit: str | Unset = UNSET
    to_unit: str | Unset = UNSET
    unit_mult_div: UnitOfMeasureDtoUnitMultDiv | Unset = UNSET
    unit_rate: float | Unset = UNSET
    supplementary_measure_unit: UnitOfMeasureDtoSupplementaryMeasureUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_unit = self.from_unit

        to_unit = self.to_unit

        unit_mult_div: str | Unset = UNSET
        if not isinstance(self.unit_mult_div, Unset):
            unit_mult_div = self.unit_mult_div

        unit_rate = self.unit_rate

        supplementary_measure_unit: str | Unset = UNSET
        if not isinstance(self.supplementary_measure_unit, Unset):
            supplementary_measure_unit = self.supplementary_measure_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_unit is not UNSET:
            field_dict["fromUnit"] = from_unit
        if to_unit is not UNSET:
            field_dict["toUnit"] = to_unit
        if unit_mult_div is not UNSET:
            field_dict["unitMultDiv"] = unit_mult_div
        if unit_rate is not UNSET:
            field_dict["unitRate"] = unit_rate
        if supplementary_measure_unit is not UNSET:
            field_dict["supplementaryMeasureUnit"] = supplementary_measure_unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.from_unit = _rest.pop("fromUnit", UNSET)
        _instance.to_unit = _rest.pop("toUnit", UNSET)
        _instance.unit_mult_div = _rest.pop("unitMultDiv", UNSET)
        _instance.unit_rate = _rest.pop("unitRate", UNSET)
        _instance.supplementary_measure_unit = _rest.pop("supplementaryMeasureUnit", UNSET)
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
