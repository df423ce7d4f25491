from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_information_schedule_dto_group_type import (
    VatInformationScheduleDtoGroupType,
)
from ..types import UNSET, Unset

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
class VatInformationScheduleDto:
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

    start_date: datetime.datetime | Unset = UNSET
    vat_rate: float | Unset = UNSET
    min_taxable_amt: float | Unset = UNSET
    max_taxable_amt: float | Unset = UNSET
    reporting_group: str | Unset = UNSET
    deductible_vat_rate: float | Unset = UNSET
    group_type: VatInformationScheduleDtoGroupType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        vat_rate = self.vat_rate

        min_taxable_amt = self.min_taxable_amt

        max_taxable_amt = self.max_taxable_amt

        reporting_group = self.reporting_group

        deductible_vat_rate = self.deductible_vat_rate

        group_type: str | Unset = UNSET
        if not isinstance(self.group_type, Unset):
            group_type = self.group_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if vat_rate is not UNSET:
            field_dict["vatRate"] = vat_rate
        if min_taxable_amt is not UNSET:
            field_dict["minTaxableAmt"] = min_taxable_amt
        if max_taxable_amt is not UNSET:
            field_dict["maxTaxableAmt"] = max_taxable_amt
        if reporting_group is not UNSET:
            field_dict["reportingGroup"] = reporting_group
        if deductible_vat_rate is not UNSET:
            field_dict["deductibleVatRate"] = deductible_vat_rate
        if group_type is not UNSET:
            field_dict["groupType"] = group_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("startDate", UNSET)
        _instance.start_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.vat_rate = _rest.pop("vatRate", UNSET)
        _instance.min_taxable_amt = _rest.pop("minTaxableAmt", UNSET)
        _instance.max_taxable_amt = _rest.pop("maxTaxableAmt", UNSET)
        _instance.reporting_group = _rest.pop("reportingGroup", UNSET)
        _instance.deductible_vat_rate = _rest.pop("deductibleVatRate", UNSET)
        _instance.group_type = _rest.pop("groupType", UNSET)
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
