from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cn8_in_intrastat_update_dto import CN8InIntrastatUpdateDto
    from ..models.country_of_origin_in_intrastat_update_dto import CountryOfOriginInIntrastatUpdateDto
    from ..models.supplementary_measure_unit_in_intrastat_update_dto import SupplementaryMeasureUnitInIntrastatUpdateDto


T = TypeVar("T", bound="IntrastatUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "c_n8",
    "country_of_origin",
    "supplementary_measure_unit",
)


@_attrs_define(repr=False)
class IntrastatUpdateDto:
    """This class represents a Intrastat part of InventoryItem in InventoryItemController. Used for insert/update data.

    Attributes:
        c_n8 (CN8InIntrastatUpdateDto | Unset): Represents the 8 digit level Combine Nomenclature commodity code
            specific for the year
            for which the creating / actualizations Intrastat declarations is drafted.
        country_of_origin (CountryOfOriginInIntrastatUpdateDto | Unset): The country of origin of the commodity will be
            selected,
            that country where the good has been produced or had the last substantial transformation.
        supplementary_measure_unit (SupplementaryMeasureUnitInIntrastatUpdateDto | Unset): The requirement for
            Supplementary Measure Units applies only to certain classes of goods(NC8 Positions)
            that may be expressed from quantitative point of view in other measurement units but kilo also.
    """

    c_n8: CN8InIntrastatUpdateDto | Unset = UNSET
    country_of_origin: CountryOfOriginInIntrastatUpdateDto | Unset = UNSET
    supplementary_measure_unit: SupplementaryMeasureUnitInIntrastatUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        c_n8: dict[str, Any] | Unset = UNSET
        if not isinstance(self.c_n8, Unset):
            c_n8 = self.c_n8.to_dict()

        country_of_origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country_of_origin, Unset):
            country_of_origin = self.country_of_origin.to_dict()

        supplementary_measure_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplementary_measure_unit, Unset):
            supplementary_measure_unit = self.supplementary_measure_unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if c_n8 is not UNSET:
            field_dict["cN8"] = c_n8
        if country_of_origin is not UNSET:
            field_dict["countryOfOrigin"] = country_of_origin
        if supplementary_measure_unit is not UNSET:
            field_dict["supplementaryMeasureUnit"] = supplementary_measure_unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("cN8", UNSET)
        _instance.c_n8 = UNSET if _value is UNSET else _models.CN8InIntrastatUpdateDto.from_dict(_value)
        _value = _rest.pop("countryOfOrigin", UNSET)
        _instance.country_of_origin = (
            UNSET if _value is UNSET else _models.CountryOfOriginInIntrastatUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("supplementaryMeasureUnit", UNSET)
        _instance.supplementary_measure_unit = (
            UNSET if _value is UNSET else _models.SupplementaryMeasureUnitInIntrastatUpdateDto.from_dict(_value)
        )
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
