from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.landed_cost_update_dto_operation import (
    LandedCostUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.dto_value_of_customer_document_types import DtoValueOfCustomerDocumentTypes
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_supplier_document_type import DtoValueOfNullableOfSupplierDocumentType
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="LandedCostUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_nbr",
    "landed_cost_code",
    "description",
    "purchase_invoice_nbr",
    "supplier_id",
    "location_id",
    "ap_bill_date",
    "currency",
    "amount",
    "tax_category",
    "terms",
    "inventory_id",
    "ap_doc_type",
    "ap_ref_nbr",
    "in_doc_type",
    "in_ref_nbr",
    "postpone_purchase_invoice_creation",
)


@_attrs_define(repr=False)
class LandedCostUpdateDto(GeneratedModel):
    """This class represents a Landed Cost Line for Purchase Receipt in PurchaseReceiptController. Used for getting data.

    Attributes:
        operation (LandedCostUpdateDtoOperation | Unset):
        line_nbr (DtoValueOfInt32 | Unset):
        landed_cost_code (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        purchase_invoice_nbr (DtoValueOfString | Unset):
        supplier_id (DtoValueOfString | Unset):
        location_id (DtoValueOfString | Unset):
        ap_bill_date (DtoValueOfNullableOfDateTime | Unset):
        currency (DtoValueOfString | Unset):
        amount (DtoValueOfNullableOfDecimal | Unset):
        tax_category (DtoValueOfString | Unset):
        terms (DtoValueOfString | Unset):
        inventory_id (DtoValueOfString | Unset):
        ap_doc_type (DtoValueOfNullableOfSupplierDocumentType | Unset):
        ap_ref_nbr (DtoValueOfString | Unset):
        in_doc_type (DtoValueOfCustomerDocumentTypes | Unset):
        in_ref_nbr (DtoValueOfString | Unset):
        postpone_purchase_invoice_creation (DtoValueOfNullableOfBoolean | Unset):
    """

    operation: LandedCostUpdateDtoOperation | Unset | None = UNSET
    line_nbr: DtoValueOfInt32 | Unset | None = UNSET
    landed_cost_code: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    purchase_invoice_nbr: DtoValueOfString | Unset | None = UNSET
    supplier_id: DtoValueOfString | Unset | None = UNSET
    location_id: DtoValueOfString | Unset | None = UNSET
    ap_bill_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    currency: DtoValueOfString | Unset | None = UNSET
    amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    tax_category: DtoValueOfString | Unset | None = UNSET
    terms: DtoValueOfString | Unset | None = UNSET
    inventory_id: DtoValueOfString | Unset | None = UNSET
    ap_doc_type: DtoValueOfNullableOfSupplierDocumentType | Unset | None = UNSET
    ap_ref_nbr: DtoValueOfString | Unset | None = UNSET
    in_doc_type: DtoValueOfCustomerDocumentTypes | Unset | None = UNSET
    in_ref_nbr: DtoValueOfString | Unset | None = UNSET
    postpone_purchase_invoice_creation: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.landed_cost_code
        if _value is not UNSET:
            field_dict["landedCostCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.purchase_invoice_nbr
        if _value is not UNSET:
            field_dict["purchaseInvoiceNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_id
        if _value is not UNSET:
            field_dict["supplierId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ap_bill_date
        if _value is not UNSET:
            field_dict["apBillDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_category
        if _value is not UNSET:
            field_dict["taxCategory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.terms
        if _value is not UNSET:
            field_dict["terms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory_id
        if _value is not UNSET:
            field_dict["inventoryId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ap_doc_type
        if _value is not UNSET:
            field_dict["apDocType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ap_ref_nbr
        if _value is not UNSET:
            field_dict["apRefNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.in_doc_type
        if _value is not UNSET:
            field_dict["inDocType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.in_ref_nbr
        if _value is not UNSET:
            field_dict["inRefNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.postpone_purchase_invoice_creation
        if _value is not UNSET:
            field_dict["postponePurchaseInvoiceCreation"] = (
                _value.to_dict() if isinstance(_value, GeneratedModel) else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not LandedCostUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        self.line_nbr = (
            _models.DtoValueOfInt32._vn_fill(_new(_models.DtoValueOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("landedCostCode", UNSET)
        self.landed_cost_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("purchaseInvoiceNbr", UNSET)
        self.purchase_invoice_nbr = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierId", UNSET)
        self.supplier_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("locationId", UNSET)
        self.location_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("apBillDate", UNSET)
        self.ap_bill_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currency", UNSET)
        self.currency = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("amount", UNSET)
        self.amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxCategory", UNSET)
        self.tax_category = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("terms", UNSET)
        self.terms = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventoryId", UNSET)
        self.inventory_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("apDocType", UNSET)
        self.ap_doc_type = (
            _models.DtoValueOfNullableOfSupplierDocumentType._vn_fill(
                _new(_models.DtoValueOfNullableOfSupplierDocumentType), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("apRefNbr", UNSET)
        self.ap_ref_nbr = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inDocType", UNSET)
        self.in_doc_type = (
            _models.DtoValueOfCustomerDocumentTypes._vn_fill(_new(_models.DtoValueOfCustomerDocumentTypes), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inRefNbr", UNSET)
        self.in_ref_nbr = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("postponePurchaseInvoiceCreation", UNSET)
        self.postpone_purchase_invoice_creation = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("line_nbr", "lineNbr", False, ("model", "DtoValueOfInt32")),
        ("landed_cost_code", "landedCostCode", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("purchase_invoice_nbr", "purchaseInvoiceNbr", False, ("model", "DtoValueOfString")),
        ("supplier_id", "supplierId", False, ("model", "DtoValueOfString")),
        ("location_id", "locationId", False, ("model", "DtoValueOfString")),
        ("ap_bill_date", "apBillDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("currency", "currency", False, ("model", "DtoValueOfString")),
        ("amount", "amount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("tax_category", "taxCategory", False, ("model", "DtoValueOfString")),
        ("terms", "terms", False, ("model", "DtoValueOfString")),
        ("inventory_id", "inventoryId", False, ("model", "DtoValueOfString")),
        ("ap_doc_type", "apDocType", False, ("model", "DtoValueOfNullableOfSupplierDocumentType")),
        ("ap_ref_nbr", "apRefNbr", False, ("model", "DtoValueOfString")),
        ("in_doc_type", "inDocType", False, ("model", "DtoValueOfCustomerDocumentTypes")),
        ("in_ref_nbr", "inRefNbr", False, ("model", "DtoValueOfString")),
        (
            "postpone_purchase_invoice_creation",
            "postponePurchaseInvoiceCreation",
            False,
            ("model", "DtoValueOfNullableOfBoolean"),
        ),
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


_Lazy = _lazy_twin(LandedCostUpdateDto)
