from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.landed_cost_dto_ap_doc_type import LandedCostDtoApDocType
from ..models.landed_cost_dto_in_doc_type import LandedCostDtoInDocType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class LandedCostDto(GeneratedModel):
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

    line_nbr: int | Unset | None = UNSET
    landed_cost_code: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    purchase_invoice_nbr: str | Unset | None = UNSET
    supplier: SupplierInLandedCostDto | Unset | None = UNSET
    location: LocationInLandedCostDto | Unset | None = UNSET
    ap_bill_date: datetime.datetime | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    amount: float | Unset | None = UNSET
    tax_category: TaxCategoryInLandedCostDto | Unset | None = UNSET
    terms: TermsInLandedCostDto | Unset | None = UNSET
    inventory: InventoryNumberDescriptionDto | Unset | None = UNSET
    ap_doc_type: LandedCostDtoApDocType | Unset | None = UNSET
    ap_ref_nbr: str | Unset | None = UNSET
    in_doc_type: LandedCostDtoInDocType | Unset | None = UNSET
    in_ref_nbr: str | Unset | None = UNSET
    postpone_purchase_invoice_creation: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value
        _value = self.landed_cost_code
        if _value is not UNSET:
            field_dict["landedCostCode"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.purchase_invoice_nbr
        if _value is not UNSET:
            field_dict["purchaseInvoiceNbr"] = _value
        _value = self.supplier
        if _value is not UNSET:
            field_dict["supplier"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ap_bill_date
        if _value is not UNSET:
            field_dict["apBillDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value
        _value = self.tax_category
        if _value is not UNSET:
            field_dict["taxCategory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.terms
        if _value is not UNSET:
            field_dict["terms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory
        if _value is not UNSET:
            field_dict["inventory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ap_doc_type
        if _value is not UNSET:
            field_dict["apDocType"] = _value
        _value = self.ap_ref_nbr
        if _value is not UNSET:
            field_dict["apRefNbr"] = _value
        _value = self.in_doc_type
        if _value is not UNSET:
            field_dict["inDocType"] = _value
        _value = self.in_ref_nbr
        if _value is not UNSET:
            field_dict["inRefNbr"] = _value
        _value = self.postpone_purchase_invoice_creation
        if _value is not UNSET:
            field_dict["postponePurchaseInvoiceCreation"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not LandedCostDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_nbr = _rest.pop("lineNbr", UNSET)
        self.landed_cost_code = _rest.pop("landedCostCode", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.purchase_invoice_nbr = _rest.pop("purchaseInvoiceNbr", UNSET)
        _value = _rest.pop("supplier", UNSET)
        self.supplier = (
            _models.SupplierInLandedCostDto._vn_fill(_new(_models.SupplierInLandedCostDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInLandedCostDto._vn_fill(_new(_models.LocationInLandedCostDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("apBillDate", UNSET)
        self.ap_bill_date = _parse_datetime(_value)
        self.currency = _rest.pop("currency", UNSET)
        self.amount = _rest.pop("amount", UNSET)
        _value = _rest.pop("taxCategory", UNSET)
        self.tax_category = (
            _models.TaxCategoryInLandedCostDto._vn_fill(_new(_models.TaxCategoryInLandedCostDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("terms", UNSET)
        self.terms = (
            _models.TermsInLandedCostDto._vn_fill(_new(_models.TermsInLandedCostDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventory", UNSET)
        self.inventory = (
            _models.InventoryNumberDescriptionDto._vn_fill(_new(_models.InventoryNumberDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.ap_doc_type = _rest.pop("apDocType", UNSET)
        self.ap_ref_nbr = _rest.pop("apRefNbr", UNSET)
        self.in_doc_type = _rest.pop("inDocType", UNSET)
        self.in_ref_nbr = _rest.pop("inRefNbr", UNSET)
        self.postpone_purchase_invoice_creation = _rest.pop("postponePurchaseInvoiceCreation", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_nbr", "lineNbr", False, "int"),
        ("landed_cost_code", "landedCostCode", False, "str"),
        ("description", "description", False, "str"),
        ("purchase_invoice_nbr", "purchaseInvoiceNbr", False, "str"),
        ("supplier", "supplier", False, ("model", "SupplierInLandedCostDto")),
        ("location", "location", False, ("model", "LocationInLandedCostDto")),
        ("ap_bill_date", "apBillDate", False, "datetime"),
        ("currency", "currency", False, "str"),
        ("amount", "amount", False, "float"),
        ("tax_category", "taxCategory", False, ("model", "TaxCategoryInLandedCostDto")),
        ("terms", "terms", False, ("model", "TermsInLandedCostDto")),
        ("inventory", "inventory", False, ("model", "InventoryNumberDescriptionDto")),
        ("ap_doc_type", "apDocType", False, "str"),
        ("ap_ref_nbr", "apRefNbr", False, "str"),
        ("in_doc_type", "inDocType", False, "str"),
        ("in_ref_nbr", "inRefNbr", False, "str"),
        ("postpone_purchase_invoice_creation", "postponePurchaseInvoiceCreation", False, "bool"),
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


_Lazy = _lazy_twin(LandedCostDto)
