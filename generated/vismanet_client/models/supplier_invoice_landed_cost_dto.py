from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_invoice_landed_cost_dto_purchase_receipt_type import (
    SupplierInvoiceLandedCostDtoPurchaseReceiptType,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class SupplierInvoiceLandedCostDto(GeneratedModel):
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

    line_number: int | Unset | None = UNSET
    landed_cost_code_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    amount: float | Unset | None = UNSET
    vat_category_id: str | Unset | None = UNSET
    purchase_receipt_type: SupplierInvoiceLandedCostDtoPurchaseReceiptType | Unset | None = UNSET
    purcahse_order_receipt_number: str | Unset | None = UNSET
    inventory_id: str | Unset | None = UNSET
    site_id: str | Unset | None = UNSET
    location_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value
        _value = self.landed_cost_code_id
        if _value is not UNSET:
            field_dict["landedCostCodeId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value
        _value = self.vat_category_id
        if _value is not UNSET:
            field_dict["vatCategoryId"] = _value
        _value = self.purchase_receipt_type
        if _value is not UNSET:
            field_dict["purchaseReceiptType"] = _value
        _value = self.purcahse_order_receipt_number
        if _value is not UNSET:
            field_dict["purcahseOrderReceiptNumber"] = _value
        _value = self.inventory_id
        if _value is not UNSET:
            field_dict["inventoryId"] = _value
        _value = self.site_id
        if _value is not UNSET:
            field_dict["siteId"] = _value
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierInvoiceLandedCostDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_number = _rest.pop("lineNumber", UNSET)
        self.landed_cost_code_id = _rest.pop("landedCostCodeId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.amount = _rest.pop("amount", UNSET)
        self.vat_category_id = _rest.pop("vatCategoryId", UNSET)
        self.purchase_receipt_type = _rest.pop("purchaseReceiptType", UNSET)
        self.purcahse_order_receipt_number = _rest.pop("purcahseOrderReceiptNumber", UNSET)
        self.inventory_id = _rest.pop("inventoryId", UNSET)
        self.site_id = _rest.pop("siteId", UNSET)
        self.location_id = _rest.pop("locationId", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_number", "lineNumber", False, "int"),
        ("landed_cost_code_id", "landedCostCodeId", False, "str"),
        ("description", "description", False, "str"),
        ("amount", "amount", False, "float"),
        ("vat_category_id", "vatCategoryId", False, "str"),
        ("purchase_receipt_type", "purchaseReceiptType", False, "str"),
        ("purcahse_order_receipt_number", "purcahseOrderReceiptNumber", False, "str"),
        ("inventory_id", "inventoryId", False, "str"),
        ("site_id", "siteId", False, "str"),
        ("location_id", "locationId", False, "str"),
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


_Lazy = _lazy_twin(SupplierInvoiceLandedCostDto)
