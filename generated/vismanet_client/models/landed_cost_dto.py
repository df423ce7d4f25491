from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.landed_cost_dto_ap_doc_type import LandedCostDtoApDocType, check_landed_cost_dto_ap_doc_type
from ..models.landed_cost_dto_in_doc_type import LandedCostDtoInDocType, check_landed_cost_dto_in_doc_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_number_description_dto import InventoryNumberDescriptionDto
    from ..models.location_in_landed_cost_dto import LocationInLandedCostDto
    from ..models.supplier_in_landed_cost_dto import SupplierInLandedCostDto
    from ..models.tax_category_in_landed_cost_dto import TaxCategoryInLandedCostDto
    from ..models.terms_in_landed_cost_dto import TermsInLandedCostDto


T = TypeVar("T", bound="LandedCostDto")


@_attrs_define
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
        from ..models.inventory_number_description_dto import InventoryNumberDescriptionDto
        from ..models.location_in_landed_cost_dto import LocationInLandedCostDto
        from ..models.supplier_in_landed_cost_dto import SupplierInLandedCostDto
        from ..models.tax_category_in_landed_cost_dto import TaxCategoryInLandedCostDto
        from ..models.terms_in_landed_cost_dto import TermsInLandedCostDto

        d = dict(src_dict)
        line_nbr = d.pop("lineNbr", UNSET)

        landed_cost_code = d.pop("landedCostCode", UNSET)

        description = d.pop("description", UNSET)

        purchase_invoice_nbr = d.pop("purchaseInvoiceNbr", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: SupplierInLandedCostDto | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = SupplierInLandedCostDto.from_dict(_supplier)

        _location = d.pop("location", UNSET)
        location: LocationInLandedCostDto | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationInLandedCostDto.from_dict(_location)

        _ap_bill_date = d.pop("apBillDate", UNSET)
        ap_bill_date: datetime.datetime | Unset
        if isinstance(_ap_bill_date, Unset):
            ap_bill_date = UNSET
        else:
            ap_bill_date = datetime.datetime.fromisoformat(_ap_bill_date)

        currency = d.pop("currency", UNSET)

        amount = d.pop("amount", UNSET)

        _tax_category = d.pop("taxCategory", UNSET)
        tax_category: TaxCategoryInLandedCostDto | Unset
        if isinstance(_tax_category, Unset):
            tax_category = UNSET
        else:
            tax_category = TaxCategoryInLandedCostDto.from_dict(_tax_category)

        _terms = d.pop("terms", UNSET)
        terms: TermsInLandedCostDto | Unset
        if isinstance(_terms, Unset):
            terms = UNSET
        else:
            terms = TermsInLandedCostDto.from_dict(_terms)

        _inventory = d.pop("inventory", UNSET)
        inventory: InventoryNumberDescriptionDto | Unset
        if isinstance(_inventory, Unset):
            inventory = UNSET
        else:
            inventory = InventoryNumberDescriptionDto.from_dict(_inventory)

        _ap_doc_type = d.pop("apDocType", UNSET)
        ap_doc_type: LandedCostDtoApDocType | Unset
        if isinstance(_ap_doc_type, Unset):
            ap_doc_type = UNSET
        else:
            ap_doc_type = check_landed_cost_dto_ap_doc_type(_ap_doc_type)

        ap_ref_nbr = d.pop("apRefNbr", UNSET)

        _in_doc_type = d.pop("inDocType", UNSET)
        in_doc_type: LandedCostDtoInDocType | Unset
        if isinstance(_in_doc_type, Unset):
            in_doc_type = UNSET
        else:
            in_doc_type = check_landed_cost_dto_in_doc_type(_in_doc_type)

        in_ref_nbr = d.pop("inRefNbr", UNSET)

        postpone_purchase_invoice_creation = d.pop("postponePurchaseInvoiceCreation", UNSET)

        landed_cost_dto = cls(
            line_nbr=line_nbr,
            landed_cost_code=landed_cost_code,
            description=description,
            purchase_invoice_nbr=purchase_invoice_nbr,
            supplier=supplier,
            location=location,
            ap_bill_date=ap_bill_date,
            currency=currency,
            amount=amount,
            tax_category=tax_category,
            terms=terms,
            inventory=inventory,
            ap_doc_type=ap_doc_type,
            ap_ref_nbr=ap_ref_nbr,
            in_doc_type=in_doc_type,
            in_ref_nbr=in_ref_nbr,
            postpone_purchase_invoice_creation=postpone_purchase_invoice_creation,
        )

        landed_cost_dto.additional_properties = d
        return landed_cost_dto

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
