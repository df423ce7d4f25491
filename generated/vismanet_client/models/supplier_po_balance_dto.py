from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class SupplierPOBalanceDto(GeneratedModel):
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

    supplier: SupplierInSupplierPOBalanceDto | Unset | None = UNSET
    total_po_on_hold_order_total: float | Unset | None = UNSET
    total_po_on_hold_line_total: float | Unset | None = UNSET
    total_open_po_order_total: float | Unset | None = UNSET
    total_open_po_line_total: float | Unset | None = UNSET
    total_closed_po_order_total: float | Unset | None = UNSET
    total_closed_po_line_total: float | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.supplier
        if _value is not UNSET:
            field_dict["supplier"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.total_po_on_hold_order_total
        if _value is not UNSET:
            field_dict["totalPOOnHoldOrderTotal"] = _value
        _value = self.total_po_on_hold_line_total
        if _value is not UNSET:
            field_dict["totalPOOnHoldLineTotal"] = _value
        _value = self.total_open_po_order_total
        if _value is not UNSET:
            field_dict["totalOpenPOOrderTotal"] = _value
        _value = self.total_open_po_line_total
        if _value is not UNSET:
            field_dict["totalOpenPOLineTotal"] = _value
        _value = self.total_closed_po_order_total
        if _value is not UNSET:
            field_dict["totalClosedPOOrderTotal"] = _value
        _value = self.total_closed_po_line_total
        if _value is not UNSET:
            field_dict["totalClosedPOLineTotal"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierPOBalanceDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("supplier", UNSET)
        self.supplier = (
            _models.SupplierInSupplierPOBalanceDto._vn_fill(_new(_models.SupplierInSupplierPOBalanceDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.total_po_on_hold_order_total = _rest.pop("totalPOOnHoldOrderTotal", UNSET)
        self.total_po_on_hold_line_total = _rest.pop("totalPOOnHoldLineTotal", UNSET)
        self.total_open_po_order_total = _rest.pop("totalOpenPOOrderTotal", UNSET)
        self.total_open_po_line_total = _rest.pop("totalOpenPOLineTotal", UNSET)
        self.total_closed_po_order_total = _rest.pop("totalClosedPOOrderTotal", UNSET)
        self.total_closed_po_line_total = _rest.pop("totalClosedPOLineTotal", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("supplier", "supplier", False, ("model", "SupplierInSupplierPOBalanceDto")),
        ("total_po_on_hold_order_total", "totalPOOnHoldOrderTotal", False, "float"),
        ("total_po_on_hold_line_total", "totalPOOnHoldLineTotal", False, "float"),
        ("total_open_po_order_total", "totalOpenPOOrderTotal", False, "float"),
        ("total_open_po_line_total", "totalOpenPOLineTotal", False, "float"),
        ("total_closed_po_order_total", "totalClosedPOOrderTotal", False, "float"),
        ("total_closed_po_line_total", "totalClosedPOLineTotal", False, "float"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
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


_Lazy = _lazy_twin(SupplierPOBalanceDto)
