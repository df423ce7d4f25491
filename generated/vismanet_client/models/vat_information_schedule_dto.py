from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_information_schedule_dto_group_type import (
    VatInformationScheduleDtoGroupType,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

T = TypeVar("T", bound="VatInformationScheduleDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "start_date",
    "vat_rate",
    "min_taxable_amt",
    "max_taxable_amt",
    "reporting_group",
    "deductible_vat_rate",
    "group_type",
)


@_attrs_define(repr=False)
class VatInformationScheduleDto(GeneratedModel):
    """
    Attributes:
        start_date (datetime.datetime | Unset): Mandatory field: Start date &gt; The date when the VAT at the rate in
            the current row becomes effective.
        vat_rate (float | Unset): VAT rate &gt; The VAT rate (%) that is used to calculate the VAT amount.
        min_taxable_amt (float | Unset): Min. taxable amount &gt; The minimum taxable amount for which this rate is
            applicable.
        max_taxable_amt (float | Unset): Max. taxable amount &gt; The maximum taxable amount for which this rate
            applies.
        reporting_group (str | Unset): Reporting group &gt; The reporting group for the VAT.
        deductible_vat_rate (float | Unset): Deductible VAT rate &gt; The VAT rate (%) that is used to calculate the
            amount deductible from the output VAT.
        group_type (VatInformationScheduleDtoGroupType | Unset): Group type &gt; The type of the reporting group.
    """

    start_date: datetime.datetime | Unset | None = UNSET
    vat_rate: float | Unset | None = UNSET
    min_taxable_amt: float | Unset | None = UNSET
    max_taxable_amt: float | Unset | None = UNSET
    reporting_group: str | Unset | None = UNSET
    deductible_vat_rate: float | Unset | None = UNSET
    group_type: VatInformationScheduleDtoGroupType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.start_date
        if _value is not UNSET:
            field_dict["startDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.vat_rate
        if _value is not UNSET:
            field_dict["vatRate"] = _value
        _value = self.min_taxable_amt
        if _value is not UNSET:
            field_dict["minTaxableAmt"] = _value
        _value = self.max_taxable_amt
        if _value is not UNSET:
            field_dict["maxTaxableAmt"] = _value
        _value = self.reporting_group
        if _value is not UNSET:
            field_dict["reportingGroup"] = _value
        _value = self.deductible_vat_rate
        if _value is not UNSET:
            field_dict["deductibleVatRate"] = _value
        _value = self.group_type
        if _value is not UNSET:
            field_dict["groupType"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not VatInformationScheduleDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("startDate", UNSET)
        self.start_date = _parse_datetime(_value)
        self.vat_rate = _rest.pop("vatRate", UNSET)
        self.min_taxable_amt = _rest.pop("minTaxableAmt", UNSET)
        self.max_taxable_amt = _rest.pop("maxTaxableAmt", UNSET)
        self.reporting_group = _rest.pop("reportingGroup", UNSET)
        self.deductible_vat_rate = _rest.pop("deductibleVatRate", UNSET)
        self.group_type = _rest.pop("groupType", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("start_date", "startDate", False, "datetime"),
        ("vat_rate", "vatRate", False, "float"),
        ("min_taxable_amt", "minTaxableAmt", False, "float"),
        ("max_taxable_amt", "maxTaxableAmt", False, "float"),
        ("reporting_group", "reportingGroup", False, "str"),
        ("deductible_vat_rate", "deductibleVatRate", False, "float"),
        ("group_type", "groupType", False, "str"),
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


_Lazy = _lazy_twin(VatInformationScheduleDto)
