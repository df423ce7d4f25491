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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class FinancialsDetailInCashTransactionDto(GeneratedModel):
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

    batch_number: str | Unset | None = UNSET
    branch: BranchInFinancialsDetailDto | Unset | None = UNSET
    cleared: bool | Unset | None = UNSET
    clear_date: datetime.datetime | Unset | None = UNSET
    tax_zone: TaxZoneInFinancialsDetailDto | Unset | None = UNSET
    tax_calc_mode: FinancialsDetailInCashTransactionDtoTaxCalcMode | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.batch_number
        if _value is not UNSET:
            field_dict["batchNumber"] = _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cleared
        if _value is not UNSET:
            field_dict["cleared"] = _value
        _value = self.clear_date
        if _value is not UNSET:
            field_dict["clearDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.tax_zone
        if _value is not UNSET:
            field_dict["taxZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_calc_mode
        if _value is not UNSET:
            field_dict["taxCalcMode"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not FinancialsDetailInCashTransactionDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.batch_number = _rest.pop("batchNumber", UNSET)
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInFinancialsDetailDto._vn_fill(_new(_models.BranchInFinancialsDetailDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.cleared = _rest.pop("cleared", UNSET)
        _value = _rest.pop("clearDate", UNSET)
        self.clear_date = _parse_datetime(_value)
        _value = _rest.pop("taxZone", UNSET)
        self.tax_zone = (
            _models.TaxZoneInFinancialsDetailDto._vn_fill(_new(_models.TaxZoneInFinancialsDetailDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.tax_calc_mode = _rest.pop("taxCalcMode", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("batch_number", "batchNumber", False, "str"),
        ("branch", "branch", False, ("model", "BranchInFinancialsDetailDto")),
        ("cleared", "cleared", False, "bool"),
        ("clear_date", "clearDate", False, "datetime"),
        ("tax_zone", "taxZone", False, ("model", "TaxZoneInFinancialsDetailDto")),
        ("tax_calc_mode", "taxCalcMode", False, "str"),
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


_Lazy = _lazy_twin(FinancialsDetailInCashTransactionDto)
