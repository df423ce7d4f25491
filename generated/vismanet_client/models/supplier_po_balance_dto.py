from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supplier_in_supplier_po_balance_dto import SupplierInSupplierPOBalanceDto


T = TypeVar("T", bound="SupplierPOBalanceDto")


@_attrs_define
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
        from ..models.supplier_in_supplier_po_balance_dto import SupplierInSupplierPOBalanceDto

        d = dict(src_dict)
        _supplier = d.pop("supplier", UNSET)
        supplier: SupplierInSupplierPOBalanceDto | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = SupplierInSupplierPOBalanceDto.from_dict(_supplier)

        total_po_on_hold_order_total = d.pop("totalPOOnHoldOrderTotal", UNSET)

        total_po_on_hold_line_total = d.pop("totalPOOnHoldLineTotal", UNSET)

        total_open_po_order_total = d.pop("totalOpenPOOrderTotal", UNSET)

        total_open_po_line_total = d.pop("totalOpenPOLineTotal", UNSET)

        total_closed_po_order_total = d.pop("totalClosedPOOrderTotal", UNSET)

        total_closed_po_line_total = d.pop("totalClosedPOLineTotal", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        supplier_po_balance_dto = cls(
            supplier=supplier,
            total_po_on_hold_order_total=total_po_on_hold_order_total,
            total_po_on_hold_line_total=total_po_on_hold_line_total,
            total_open_po_order_total=total_open_po_order_total,
            total_open_po_line_total=total_open_po_line_total,
            total_closed_po_order_total=total_closed_po_order_total,
            total_closed_po_line_total=total_closed_po_line_total,
            last_modified_date_time=last_modified_date_time,
        )

        supplier_po_balance_dto.additional_properties = d
        return supplier_po_balance_dto

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
