from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.financials_detail_in_cash_transaction_dto_tax_calc_mode import (
    FinancialsDetailInCashTransactionDtoTaxCalcMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_in_financials_detail_dto import BranchInFinancialsDetailDto
    from ..models.tax_zone_in_financials_detail_dto import TaxZoneInFinancialsDetailDto


T = TypeVar("T", bound="FinancialsDetailInCashTransactionDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "batch_number",
    "branch",
    "cleared",
    "clear_date",
    "tax_zone",
    "tax_calc_mode",
)


@_attrs_define(repr=False)
class FinancialsDetailInCashTransactionDto:
    """Financial details tab &gt;

    Attributes:
        batch_number (str | Unset): Link to general ledger section &gt; Batch number &gt; The number of the batch
            generated to implement the cash transaction.
        branch (BranchInFinancialsDetailDto | Unset): Link to general ledger section &gt; Branch &gt; 	The branch that
            initiated the transaction.
        cleared (bool | Unset): Link to general ledger section &gt; Cleared &gt; A check box that indicates (if
            selected) that the transaction was cleared.
        clear_date (datetime.datetime | Unset): Link to general ledger section &gt; Clear date &gt; 	The date when the
            transaction was cleared.
        tax_zone (TaxZoneInFinancialsDetailDto | Unset): VAT settings section &gt; VAT zone &gt; The VAT zone that
            applies to the transaction.
        tax_calc_mode (FinancialsDetailInCashTransactionDtoTaxCalcMode | Unset): VAT settings section &gt; VAT
            calculation &gt; The VAT calculation mode, which defines which amounts (VAT-inclusive or VAT-exclusive) should
            be entered in the detail lines of a document.
    """

    batch_number: str | Unset = UNSET
    branch: BranchInFinancialsDetailDto | Unset = UNSET
    cleared: bool | Unset = UNSET
    clear_date: datetime.datetime | Unset = UNSET
    tax_zone: TaxZoneInFinancialsDetailDto | Unset = UNSET
    tax_calc_mode: FinancialsDetailInCashTransactionDtoTaxCalcMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_number = self.batch_number

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        cleared = self.cleared

        clear_date: str | Unset = UNSET
        if not isinstance(self.clear_date, Unset):
            clear_date = self.clear_date.isoformat()

        tax_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_zone, Unset):
            tax_zone = self.tax_zone.to_dict()

        tax_calc_mode: str | Unset = UNSET
        if not isinstance(self.tax_calc_mode, Unset):
            tax_calc_mode = self.tax_calc_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_number is not UNSET:
            field_dict["batchNumber"] = batch_number
        if branch is not UNSET:
            field_dict["branch"] = branch
        if cleared is not UNSET:
            field_dict["cleared"] = cleared
        if clear_date is not UNSET:
            field_dict["clearDate"] = clear_date
        if tax_zone is not UNSET:
            field_dict["taxZone"] = tax_zone
        if tax_calc_mode is not UNSET:
            field_dict["taxCalcMode"] = tax_calc_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.batch_number = _rest.pop("batchNumber", UNSET)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInFinancialsDetailDto.from_dict(_value)
        _instance.cleared = _rest.pop("cleared", UNSET)
        _value = _rest.pop("clearDate", UNSET)
        _instance.clear_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("taxZone", UNSET)
        _instance.tax_zone = UNSET if _value is UNSET else _models.TaxZoneInFinancialsDetailDto.from_dict(_value)
        _instance.tax_calc_mode = _rest.pop("taxCalcMode", UNSET)
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
