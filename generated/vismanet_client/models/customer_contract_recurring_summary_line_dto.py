from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_contract_recurring_summary_line_dto_invoice_type import (
    CustomerContractRecurringSummaryLineDtoInvoiceType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerContractRecurringSummaryLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "item_code",
    "description",
    "item_id",
    "uom",
    "invoice_type",
    "included",
    "recurring_price",
    "recurring_discount",
    "extra_usage_price",
    "un_invoiced",
    "used_total",
)


@_attrs_define(repr=False)
class CustomerContractRecurringSummaryLineDto:
    """This class represents a CustomerContractRecurringSummaryLine in CustomerContractController. Used for getting data.

    Attributes:
        item_code (str | Unset):
        description (str | Unset):
        item_id (str | Unset):
        uom (str | Unset):
        invoice_type (CustomerContractRecurringSummaryLineDtoInvoiceType | Unset):
        included (float | Unset):
        recurring_price (float | Unset):
        recurring_discount (float | Unset):
        extra_usage_price (float | Unset):
        un_invoiced (float | Unset):
        used_total (float | Unset):
    """

    item_code: str | Unset = UNSET
    description: str | Unset = UNSET
    item_id: str | Unset = UNSET
    uom: str | Unset = UNSET
    invoice_type: CustomerContractRecurringSummaryLineDtoInvoiceType | Unset = UNSET
    included: float | Unset = UNSET
    recurring_price: float | Unset = UNSET
    recurring_discount: float | Unset = UNSET
    extra_usage_price: float | Unset = UNSET
    un_invoiced: float | Unset = UNSET
    used_total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        description = self.description

        item_id = self.item_id

        uom = self.uom

        invoice_type: str | Unset = UNSET
        if not isinstance(self.invoice_type, Unset):
            invoice_type = self.invoice_type

        included = self.included

        recurring_price = self.recurring_price

        recurring_discount = self.recurring_discount

        extra_usage_price = self.extra_usage_price

        un_invoiced = self.un_invoiced

        used_total = self.used_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_code is not UNSET:
            field_dict["itemCode"] = item_code
        if description is not UNSET:
            field_dict["description"] = description
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if uom is not UNSET:
            field_dict["uom"] = uom
        if invoice_type is not UNSET:
            field_dict["invoiceType"] = invoice_type
        if included is not UNSET:
            field_dict["included"] = included
        if recurring_price is not UNSET:
            field_dict["recurringPrice"] = recurring_price
        if recurring_discount is not UNSET:
            field_dict["recurringDiscount"] = recurring_discount
        if extra_usage_price is not UNSET:
            field_dict["extraUsagePrice"] = extra_usage_price
        if un_invoiced is not UNSET:
            field_dict["unInvoiced"] = un_invoiced
        if used_total is not UNSET:
            field_dict["usedTotal"] = used_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.item_code = _rest.pop("itemCode", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.item_id = _rest.pop("itemId", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.invoice_type = _rest.pop("invoiceType", UNSET)
        _instance.included = _rest.pop("included", UNSET)
        _instance.recurring_price = _rest.pop("recurringPrice", UNSET)
        _instance.recurring_discount = _rest.pop("recurringDiscount", UNSET)
        _instance.extra_usage_price = _rest.pop("extraUsagePrice", UNSET)
        _instance.un_invoiced = _rest.pop("unInvoiced", UNSET)
        _instance.used_total = _rest.pop("usedTotal", UNSET)
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
