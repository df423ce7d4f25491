from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
class FinancialPeriodDto:
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

    year: int | Unset = UNSET
    period: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    closed_in_supplier_ledger: bool | Unset = UNSET
    closed_in_customer_ledger: bool | Unset = UNSET
    closed_in_inventory_management: bool | Unset = UNSET
    closed_in_general_ledger: bool | Unset = UNSET
    closed_in_cash_management: bool | Unset = UNSET
    closed_in_fixed_assets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        period = self.period

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        description = self.description

        active = self.active

        closed_in_supplier_ledger = self.closed_in_supplier_ledger

        closed_in_customer_ledger = self.closed_in_customer_ledger

        closed_in_inventory_management = self.closed_in_inventory_management

        closed_in_general_ledger = self.closed_in_general_ledger

        closed_in_cash_management = self.closed_in_cash_management

        closed_in_fixed_assets = self.closed_in_fixed_assets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year is not UNSET:
            field_dict["year"] = year
        if period is not UNSET:
            field_dict["period"] = period
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if closed_in_supplier_ledger is not UNSET:
            field_dict["closedInSupplierLedger"] = closed_in_supplier_ledger
        if closed_in_customer_ledger is not UNSET:
            field_dict["closedInCustomerLedger"] = closed_in_customer_ledger
        if closed_in_inventory_management is not UNSET:
            field_dict["closedInInventoryManagement"] = closed_in_inventory_management
        if closed_in_general_ledger is not UNSET:
            field_dict["closedInGeneralLedger"] = closed_in_general_ledger
        if closed_in_cash_management is not UNSET:
            field_dict["closedInCashManagement"] = closed_in_cash_management
        if closed_in_fixed_assets is not UNSET:
            field_dict["closedInFixedAssets"] = closed_in_fixed_assets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.year = _rest.pop("year", UNSET)
        _instance.period = _rest.pop("period", UNSET)
        _value = _rest.pop("startDate", UNSET)
        _instance.start_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("endDate", UNSET)
        _instance.end_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.description = _rest.pop("description", UNSET)
        _instance.active = _rest.pop("active", UNSET)
        _instance.closed_in_supplier_ledger = _rest.pop("closedInSupplierLedger", UNSET)
        _instance.closed_in_customer_ledger = _rest.pop("closedInCustomerLedger", UNSET)
        _instance.closed_in_inventory_management = _rest.pop("closedInInventoryManagement", UNSET)
        _instance.closed_in_general_ledger = _rest.pop("closedInGeneralLedger", UNSET)
        _instance.closed_in_cash_management = _rest.pop("closedInCashManagement", UNSET)
        _instance.closed_in_fixed_assets = _rest.pop("closedInFixedAssets", UNSET)
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
