from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_invoice_landed_cost_dto_purchase_receipt_type import (
    SupplierInvoiceLandedCostDtoPurchaseReceiptType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SupplierInvoiceLandedCostDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_number",
    "landed_cost_code_id",
    "description",
    "amount",
    "vat_category_id",
    "purchase_receipt_type",
    "purcahse_order_receipt_number",
    "inventory_id",
    "site_id",
    "location_id",
)


@_attrs_define(repr=False)
class SupplierInvoiceLandedCostDto:
    """
    Attributes:
        line_number (int | Unset): Landed Costs Tab &gt; Number at the left indicating the line number of the table.
        landed_cost_code_id (str | Unset): Landed Costs Tab &gt; Landed cost code &gt; The Landed Cost Code ID lf the
            Landed Cost Code
        description (str | Unset): Landed Costs Tab &gt; Description &gt; The description of the landed cost
        amount (float | Unset): Landed Costs Tab &gt; Amount &gt; The amount of the landed cost
        vat_category_id (str | Unset): Landed Costs Tab &gt; VAT Category &gt; The ID of VAT cateogry
        purchase_receipt_type (SupplierInvoiceLandedCostDtoPurchaseReceiptType | Unset): Landed Costs Tab &gt; Purchase
            Receipt Type &gt; The purchase receipt type
        purcahse_order_receipt_number (str | Unset): Landed Costs Tab &gt; Purchase order receipt no. &gt; The purchase
            order receipt number
        inventory_id (str | Unset): Landed Costs Tab &gt; Item ID &gt; The ID of the inventory item
        site_id (str | Unset): Landed Costs Tab &gt; Warehouse &gt; The ID of the warehouse
        location_id (str | Unset): Landed Costs Tab &gt; Location &gt; The ID of the warehouse location
    """

    line_number: int | Unset = UNSET
    landed_cost_code_id: str | Unset = UNSET
    description: str | Unset = UNSET
    amount: float | Unset = UNSET
    vat_category_id: str | Unset = UNSET
    purchase_receipt_type: SupplierInvoiceLandedCostDtoPurchaseReceiptType | Unset = UNSET
    purcahse_order_receipt_number: str | Unset = UNSET
    inventory_id: str | Unset = UNSET
    site_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        landed_cost_code_id = self.landed_cost_code_id

        description = self.description

        amount = self.amount

        vat_category_id = self.vat_category_id

        purchase_receipt_type: str | Unset = UNSET
        if not isinstance(self.purchase_receipt_type, Unset):
            purchase_receipt_type = self.purchase_receipt_type

        purcahse_order_receipt_number = self.purcahse_order_receipt_number

        inventory_id = self.inventory_id

        site_id = self.site_id

        location_id = self.location_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if landed_cost_code_id is not UNSET:
            field_dict["landedCostCodeId"] = landed_cost_code_id
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if vat_category_id is not UNSET:
            field_dict["vatCategoryId"] = vat_category_id
        if purchase_receipt_type is not UNSET:
            field_dict["purchaseReceiptType"] = purchase_receipt_type
        if purcahse_order_receipt_number is not UNSET:
            field_dict["purcahseOrderReceiptNumber"] = purcahse_order_receipt_number
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id
        if site_id is not UNSET:
            field_dict["siteId"] = site_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.line_number = _rest.pop("lineNumber", UNSET)
        _instance.landed_cost_code_id = _rest.pop("landedCostCodeId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.amount = _rest.pop("amount", UNSET)
        _instance.vat_category_id = _rest.pop("vatCategoryId", UNSET)
        _instance.purchase_receipt_type = _rest.pop("purchaseReceiptType", UNSET)
        _instance.purcahse_order_receipt_number = _rest.pop("purcahseOrderReceiptNumber", UNSET)
        _instance.inventory_id = _rest.pop("inventoryId", UNSET)
        _instance.site_id = _rest.pop("siteId", UNSET)
        _instance.location_id = _rest.pop("locationId", UNSET)
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
