from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

T = TypeVar("T", bound="FinancialPeriodDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "year",
    "period",
    "start_date",
    "end_date",
    "description",
    "active",
    "closed_in_supplier_ledger",
    "closed_in_customer_ledger",
    "closed_in_inventory_management",
    "closed_in_general_ledger",
    "closed_in_cash_management",
    "closed_in_fixed_assets",
)


@_attrs_define(repr=False)
class FinancialPeriodDto(GeneratedModel):
    """This class represents a Financial Period in FinancialPeriodController. Used by getting data.

    Attributes:
        year (int | Unset): Mandatory field: The top part &gt; Financial year* &gt; The financial year.
        period (str | Unset): The table &gt; Period &gt; The period no and the year.
        start_date (datetime.datetime | Unset): The table &gt; Start date &gt; The date when the financial period
            starts.
        end_date (datetime.datetime | Unset): The table &gt; End date &gt; The date when the financial period ends.
        description (str | Unset): The table &gt; Description &gt; The description of the financial period (such as the
            name of the month or the number of the quarter).
        active (bool | Unset): The table &gt; Active &gt; A check box that indicates (if selected) that the period can
            be used for posting transactions.
        closed_in_supplier_ledger (bool | Unset): The table &gt; Closed in Supplier ledger &gt; A read-only check box
            that indicates (if selected) that the financial period is closed in the Supplier ledger workspace; if this check
            box is cleared, the period is active in the this workspace.
        closed_in_customer_ledger (bool | Unset): The table &gt; Closed in Customer ledger &gt; A read-only check box
            that indicates (if selected) that the financial period is closed in the Customer ledger workspace; if this check
            box is cleared, the period is active in this workspace.
        closed_in_inventory_management (bool | Unset): The table &gt; Closed in Inventory management &gt; Inventory
            management	A read-only check box that indicates (if selected) that the financial period is closed in the
            Inventory workspace; if this check box is cleared, the period is active in the workspace.
        closed_in_general_ledger (bool | Unset): The table &gt; Closed in General ledger &gt; A read-only check box that
            indicates (if selected) that the financial period is closed in the General ledger workspace; if this check box
            is cleared, the period is active in the this workspace.
        closed_in_cash_management (bool | Unset): The table &gt; Closed in Cash management &gt; A read-only check box
            that indicates (if selected) that the financial period is closed in the Cash management; if this check box is
            cleared, the period is active in this workspace.
        closed_in_fixed_assets (bool | Unset): The table &gt; Closed in Fixed assets &gt; A read-only check box that
            indicates (if selected) that the financial period is closed in the Fixed assets workspace; if this check box is
            cleared, the period is active in the this workspace.
    """

    year: int | Unset | None = UNSET
    period: str | Unset | None = UNSET
    start_date: datetime.datetime | Unset | None = UNSET
    end_date: datetime.datetime | Unset | None = UNSET
    description: str | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    closed_in_supplier_ledger: bool | Unset | None = UNSET
    closed_in_customer_ledger: bool | Unset | None = UNSET
    closed_in_inventory_management: bool | Unset | None = UNSET
    closed_in_general_ledger: bool | Unset | None = UNSET
    closed_in_cash_management: bool | Unset | None = UNSET
    closed_in_fixed_assets: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.year
        if _value is not UNSET:
            field_dict["year"] = _value
        _value = self.period
        if _value is not UNSET:
            field_dict["period"] = _value
        _value = self.start_date
        if _value is not UNSET:
            field_dict["startDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.end_date
        if _value is not UNSET:
            field_dict["endDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.closed_in_supplier_ledger
        if _value is not UNSET:
            field_dict["closedInSupplierLedger"] = _value
        _value = self.closed_in_customer_ledger
        if _value is not UNSET:
            field_dict["closedInCustomerLedger"] = _value
        _value = self.closed_in_inventory_management
        if _value is not UNSET:
            field_dict["closedInInventoryManagement"] = _value
        _value = self.closed_in_general_ledger
        if _value is not UNSET:
            field_dict["closedInGeneralLedger"] = _value
        _value = self.closed_in_cash_management
        if _value is not UNSET:
            field_dict["closedInCashManagement"] = _value
        _value = self.closed_in_fixed_assets
        if _value is not UNSET:
            field_dict["closedInFixedAssets"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not FinancialPeriodDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.year = _rest.pop("year", UNSET)
        self.period = _rest.pop("period", UNSET)
        _value = _rest.pop("startDate", UNSET)
        self.start_date = _parse_datetime(_value)
        _value = _rest.pop("endDate", UNSET)
        self.end_date = _parse_datetime(_value)
        self.description = _rest.pop("description", UNSET)
        self.active = _rest.pop("active", UNSET)
        self.closed_in_supplier_ledger = _rest.pop("closedInSupplierLedger", UNSET)
        self.closed_in_customer_ledger = _rest.pop("closedInCustomerLedger", UNSET)
        self.closed_in_inventory_management = _rest.pop("closedInInventoryManagement", UNSET)
        self.closed_in_general_ledger = _rest.pop("closedInGeneralLedger", UNSET)
        self.closed_in_cash_management = _rest.pop("closedInCashManagement", UNSET)
        self.closed_in_fixed_assets = _rest.pop("closedInFixedAssets", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("year", "year", False, "int"),
        ("period", "period", False, "str"),
        ("start_date", "startDate", False, "datetime"),
        ("end_date", "endDate", False, "datetime"),
        ("description", "description", False, "str"),
        ("active", "active", False, "bool"),
        ("closed_in_supplier_ledger", "closedInSupplierLedger", False, "bool"),
        ("closed_in_customer_ledger", "closedInCustomerLedger", False, "bool"),
        ("closed_in_inventory_management", "closedInInventoryManagement", False, "bool"),
        ("closed_in_general_ledger", "closedInGeneralLedger", False, "bool"),
        ("closed_in_cash_management", "closedInCashManagement", False, "bool"),
        ("closed_in_fixed_assets", "closedInFixedAssets", False, "bool"),
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


_Lazy = _lazy_twin(FinancialPeriodDto)
