from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supplier_in_supplier_po_balance_dto import SupplierInSupplierPOBalanceDto


T = TypeVar("T", bound="SupplierPOBalanceDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "supplier",
    "total_po_on_hold_order_total",
    "total_po_on_hold_line_total",
    "total_open_po_order_total",
    "total_open_po_line_total",
    "total_closed_po_order_total",
    "total_closed_po_line_total",
    "last_modified_date_time",
)


@_attrs_define(repr=False)
class SupplierPOBalanceDto:
    """
    Attributes:
        supplier (SupplierInSupplierPOBalanceDto | Unset): The name of the supplier
        total_po_on_hold_order_total (float | Unset): The total amount of order on hold
        total_po_on_hold_line_total (float | Unset): The total amount of the order line on hold
        total_open_po_order_total (float | Unset): The total open amount of the order
        total_open_po_line_total (float | Unset): The total open amount of the order line
        total_closed_po_order_total (float | Unset): The total closed amount of the order
        total_closed_po_line_total (float | Unset): The total closed amount of the order line
        last_modified_date_time (datetime.datetime | Unset): The date and time when the purchase order was last
            modified.
    """

    supplier: SupplierInSupplierPOBalanceDto | Unset = UNSET
    total_po_on_hold_order_total: float | Unset = UNSET
    total_po_on_hold_line_total: float | Unset = UNSET
    total_open_po_order_total: float | Unset = UNSET
    total_open_po_line_total: float | Unset = UNSET
    total_closed_po_order_total: float | Unset = UNSET
    total_closed_po_line_total: float | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        total_po_on_hold_order_total = self.total_po_on_hold_order_total

        total_po_on_hold_line_total = self.total_po_on_hold_line_total

        total_open_po_order_total = self.total_open_po_order_total

        total_open_po_line_total = self.total_open_po_line_total

        total_closed_po_order_total = self.total_closed_po_order_total

        total_closed_po_line_total = self.total_closed_po_line_total

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if total_po_on_hold_order_total is not UNSET:
            field_dict["totalPOOnHoldOrderTotal"] = total_po_on_hold_order_total
        if total_po_on_hold_line_total is not UNSET:
            field_dict["totalPOOnHoldLineTotal"] = total_po_on_hold_line_total
        if total_open_po_order_total is not UNSET:
            field_dict["totalOpenPOOrderTotal"] = total_open_po_order_total
        if total_open_po_line_total is not UNSET:
            field_dict["totalOpenPOLineTotal"] = total_open_po_line_total
        if total_closed_po_order_total is not UNSET:
            field_dict["totalClosedPOOrderTotal"] = total_closed_po_order_total
        if total_closed_po_line_total is not UNSET:
            field_dict["totalClosedPOLineTotal"] = total_closed_po_line_total
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("supplier", UNSET)
        _instance.supplier = UNSET if _value is UNSET else _models.SupplierInSupplierPOBalanceDto.from_dict(_value)
        _instance.total_po_on_hold_order_total = _rest.pop("totalPOOnHoldOrderTotal", UNSET)
        _instance.total_po_on_hold_line_total = _rest.pop("totalPOOnHoldLineTotal", UNSET)
        _instance.total_open_po_order_total = _rest.pop("totalOpenPOOrderTotal", UNSET)
        _instance.total_open_po_line_total = _rest.pop("totalOpenPOLineTotal", UNSET)
        _instance.total_closed_po_order_total = _rest.pop("totalClosedPOOrderTotal", UNSET)
        _instance.total_closed_po_line_total = _rest.pop("totalClosedPOLineTotal", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
