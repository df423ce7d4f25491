from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.landed_cost_dto_ap_doc_type import LandedCostDtoApDocType
from ..models.landed_cost_dto_in_doc_type import LandedCostDtoInDocType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_number_description_dto import InventoryNumberDescriptionDto
    from ..models.location_in_landed_cost_dto import LocationInLandedCostDto
    from ..models.supplier_in_landed_cost_dto import SupplierInLandedCostDto
    from ..models.tax_category_in_landed_cost_dto import TaxCategoryInLandedCostDto
    from ..models.terms_in_landed_cost_dto import TermsInLandedCostDto


T = TypeVar("T", bound="LandedCostDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_nbr",
    "landed_cost_code",
    "description",
    "purchase_invoice_nbr",
    "supplier",
    "location",
    "ap_bill_date",
    "currency",
    "amount",
    "tax_category",
    "terms",
    "inventory",
    "ap_doc_type",
    "ap_ref_nbr",
    "in_doc_type",
    "in_ref_nbr",
    "postpone_purchase_invoice_creation",
)


@_attrs_define(repr=False)
class LandedCostDto:
    """This class represents a Landed Cost Line for Purchase Receipt in PurchaseReceiptController. Used for getting data.

    Attributes:
        line_nbr (int | Unset): Landed costs tab &gt; Line number
        landed_cost_code (str | Unset): Mandatory field: Landed costs tab &gt; Landed costs* &gt; Landed cost code &gt;
            The landed cost code associated with the landed costs incurred for this purchase or transfer receipt.
        description (str | Unset): Mandatory field: Landed costs tab &gt; Description* &gt; The description of the
            landed cost code.
        purchase_invoice_nbr (str | Unset):
        supplier (SupplierInLandedCostDto | Unset): Mandatory field: Landed costs tab &gt; Supplier* &gt; The landed
            cost supplier to whom the landed cost amount will be paid.
        location (LocationInLandedCostDto | Unset): Mandatory field: Landed costs tab &gt; Location* &gt; The location
            of the selected landed cost supplier.
        ap_bill_date (datetime.datetime | Unset): Landed costs tab &gt; Purchase invoice date &gt; The date of the
            purchase invoice for the landed cost.
        currency (str | Unset): Landed costs tab &gt; Currency &gt; The currency used for the landed cost.
        amount (float | Unset): Landed costs tab &gt; Amount &gt; A non-zero amount of the landed cost.
        tax_category (TaxCategoryInLandedCostDto | Unset): Landed costs tab &gt; VAT category &gt; VAT category
            associated with supplier's VAT zone.
        terms (TermsInLandedCostDto | Unset): Landed costs tab &gt; Terms &gt; The credit terms used in relations with
            the landed cost supplier.
        inventory (InventoryNumberDescriptionDto | Unset):
        ap_doc_type (LandedCostDtoApDocType | Unset): Landed costs tab &gt; Supplier document type &gt; The type of the
            supplier document generated for the landed cost.
        ap_ref_nbr (str | Unset): Landed costs tab &gt; Supplier ref. &gt; The reference number of the supplier document
            generated for the landed cost.
        in_doc_type (LandedCostDtoInDocType | Unset): Landed costs tab &gt; Inventory doc. type &gt; The type of the
            document generated in the Inventory workspace for this landed cost.
        in_ref_nbr (str | Unset): Landed costs tab &gt; Inventory ref. no. &gt; The reference number of the document
            generated in the Inventory workspace for this landed cost.
        postpone_purchase_invoice_creation (bool | Unset): Landed costs tab &gt; Postpone creation of purchase invoice
            &gt; A check box that indicates (if selected) that a related supplier ledger invoice for the incurred landed
            costs must be created later.
    """

    line_nbr: int | Unset = UNSET
    landed_cost_code: str | Unset = UNSET
    description: str | Unset = UNSET
    purchase_invoice_nbr: str | Unset = UNSET
    supplier: SupplierInLandedCostDto | Unset = UNSET
    location: LocationInLandedCostDto | Unset = UNSET
    ap_bill_date: datetime.datetime | Unset = UNSET
    currency: str | Unset = UNSET
    amount: float | Unset = UNSET
    tax_category: TaxCategoryInLandedCostDto | Unset = UNSET
    terms: TermsInLandedCostDto | Unset = UNSET
    inventory: InventoryNumberDescriptionDto | Unset = UNSET
    ap_doc_type: LandedCostDtoApDocType | Unset = UNSET
    ap_ref_nbr: str | Unset = UNSET
    in_doc_type: LandedCostDtoInDocType | Unset = UNSET
    in_ref_nbr: str | Unset = UNSET
    postpone_purchase_invoice_creation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_nbr = self.line_nbr

        landed_cost_code = self.landed_cost_code

        description = self.description

        purchase_invoice_nbr = self.purchase_invoice_nbr

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        ap_bill_date: str | Unset = UNSET
        if not isinstance(self.ap_bill_date, Unset):
            ap_bill_date = self.ap_bill_date.isoformat()

        currency = self.currency

        amount = self.amount

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = self.terms.to_dict()

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        ap_doc_type: str | Unset = UNSET
        if not isinstance(self.ap_doc_type, Unset):
            ap_doc_type = self.ap_doc_type

        ap_ref_nbr = self.ap_ref_nbr

        in_doc_type: str | Unset = UNSET
        if not isinstance(self.in_doc_type, Unset):
            in_doc_type = self.in_doc_type

        in_ref_nbr = self.in_ref_nbr

        postpone_purchase_invoice_creation = self.postpone_purchase_invoice_creation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if landed_cost_code is not UNSET:
            field_dict["landedCostCode"] = landed_cost_code
        if description is not UNSET:
            field_dict["description"] = description
        if purchase_invoice_nbr is not UNSET:
            field_dict["purchaseInvoiceNbr"] = purchase_invoice_nbr
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if location is not UNSET:
            field_dict["location"] = location
        if ap_bill_date is not UNSET:
            field_dict["apBillDate"] = ap_bill_date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_category is not UNSET:
            field_dict["taxCategory"] = tax_category
        if terms is not UNSET:
            field_dict["terms"] = terms
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if ap_doc_type is not UNSET:
            field_dict["apDocType"] = ap_doc_type
        if ap_ref_nbr is not UNSET:
            field_dict["apRefNbr"] = ap_ref_nbr
        if in_doc_type is not UNSET:
            field_dict["inDocType"] = in_doc_type
        if in_ref_nbr is not UNSET:
            field_dict["inRefNbr"] = in_ref_nbr
        if postpone_purchase_invoice_creation is not UNSET:
            field_dict["postponePurchaseInvoiceCreation"] = postpone_purchase_invoice_creation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.line_nbr = _rest.pop("lineNbr", UNSET)
        _instance.landed_cost_code = _rest.pop("landedCostCode", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.purchase_invoice_nbr = _rest.pop("purchaseInvoiceNbr", UNSET)
        _value = _rest.pop("supplier", UNSET)
        _instance.supplier = UNSET if _value is UNSET else _models.SupplierInLandedCostDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInLandedCostDto.from_dict(_value)
        _value = _rest.pop("apBillDate", UNSET)
        _instance.ap_bill_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.currency = _rest.pop("currency", UNSET)
        _instance.amount = _rest.pop("amount", UNSET)
        _value = _rest.pop("taxCategory", UNSET)
        _instance.tax_category = UNSET if _value is UNSET else _models.TaxCategoryInLandedCostDto.from_dict(_value)
        _value = _rest.pop("terms", UNSET)
        _instance.terms = UNSET if _value is UNSET else _models.TermsInLandedCostDto.from_dict(_value)
        _value = _rest.pop("inventory", UNSET)
        _instance.inventory = UNSET if _value is UNSET else _models.InventoryNumberDescriptionDto.from_dict(_value)
        _instance.ap_doc_type = _rest.pop("apDocType", UNSET)
        _instance.ap_ref_nbr = _rest.pop("apRefNbr", UNSET)
        _instance.in_doc_type = _rest.pop("inDocType", UNSET)
        _instance.in_ref_nbr = _rest.pop("inRefNbr", UNSET)
        _instance.postpone_purchase_invoice_creation = _rest.pop("postponePurchaseInvoiceCreation", UNSET)
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
