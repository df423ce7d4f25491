from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_invoice_landed_cost_dto_purchase_receipt_type import (
    SupplierInvoiceLandedCostDtoPurchaseReceiptType,
    check_supplier_invoice_landed_cost_dto_purchase_receipt_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SupplierInvoiceLandedCostDto")


@_attrs_define
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
        d = dict(src_dict)
        line_number = d.pop("lineNumber", UNSET)

        landed_cost_code_id = d.pop("landedCostCodeId", UNSET)

        description = d.pop("description", UNSET)

        amount = d.pop("amount", UNSET)

        vat_category_id = d.pop("vatCategoryId", UNSET)

        _purchase_receipt_type = d.pop("purchaseReceiptType", UNSET)
        purchase_receipt_type: SupplierInvoiceLandedCostDtoPurchaseReceiptType | Unset
        if isinstance(_purchase_receipt_type, Unset):
            purchase_receipt_type = UNSET
        else:
            purchase_receipt_type = check_supplier_invoice_landed_cost_dto_purchase_receipt_type(_purchase_receipt_type)

        purcahse_order_receipt_number = d.pop("purcahseOrderReceiptNumber", UNSET)

        inventory_id = d.pop("inventoryId", UNSET)

        site_id = d.pop("siteId", UNSET)

        location_id = d.pop("locationId", UNSET)

        supplier_invoice_landed_cost_dto = cls(
            line_number=line_number,
            landed_cost_code_id=landed_cost_code_id,
            description=description,
            amount=amount,
            vat_category_id=vat_category_id,
            purchase_receipt_type=purchase_receipt_type,
            purcahse_order_receipt_number=purcahse_order_receipt_number,
            inventory_id=inventory_id,
            site_id=site_id,
            location_id=location_id,
        )

        supplier_invoice_landed_cost_dto.additional_properties = d
        return supplier_invoice_landed_cost_dto

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
