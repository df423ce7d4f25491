from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.landed_cost_update_dto_operation import (
    LandedCostUpdateDtoOperation,
)
from ..types import UNSET, Unset

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
class LandedCostUpdateDto:
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

    operation: LandedCostUpdateDtoOperation | Unset = UNSET
    line_nbr: DtoValueOfInt32 | Unset = UNSET
    landed_cost_code: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    purchase_invoice_nbr: DtoValueOfString | Unset = UNSET
    supplier_id: DtoValueOfString | Unset = UNSET
    location_id: DtoValueOfString | Unset = UNSET
    ap_bill_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    currency: DtoValueOfString | Unset = UNSET
    amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    tax_category: DtoValueOfString | Unset = UNSET
    terms: DtoValueOfString | Unset = UNSET
    inventory_id: DtoValueOfString | Unset = UNSET
    ap_doc_type: DtoValueOfNullableOfSupplierDocumentType | Unset = UNSET
    ap_ref_nbr: DtoValueOfString | Unset = UNSET
    in_doc_type: DtoValueOfCustomerDocumentTypes | Unset = UNSET
    in_ref_nbr: DtoValueOfString | Unset = UNSET
    postpone_purchase_invoice_creation: DtoValueOfNullableOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_nbr, Unset):
            line_nbr = self.line_nbr.to_dict()

        landed_cost_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.landed_cost_code, Unset):
            landed_cost_code = self.landed_cost_code.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        purchase_invoice_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_invoice_nbr, Unset):
            purchase_invoice_nbr = self.purchase_invoice_nbr.to_dict()

        supplier_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_id, Unset):
            supplier_id = self.supplier_id.to_dict()

        location_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = self.location_id.to_dict()

        ap_bill_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ap_bill_date, Unset):
            ap_bill_date = self.ap_bill_date.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = self.terms.to_dict()

        inventory_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_id, Unset):
            inventory_id = self.inventory_id.to_dict()

        ap_doc_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ap_doc_type, Unset):
            ap_doc_type = self.ap_doc_type.to_dict()

        ap_ref_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ap_ref_nbr, Unset):
            ap_ref_nbr = self.ap_ref_nbr.to_dict()

        in_doc_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_doc_type, Unset):
            in_doc_type = self.in_doc_type.to_dict()

        in_ref_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_ref_nbr, Unset):
            in_ref_nbr = self.in_ref_nbr.to_dict()

        postpone_purchase_invoice_creation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postpone_purchase_invoice_creation, Unset):
            postpone_purchase_invoice_creation = self.postpone_purchase_invoice_creation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if landed_cost_code is not UNSET:
            field_dict["landedCostCode"] = landed_cost_code
        if description is not UNSET:
            field_dict["description"] = description
        if purchase_invoice_nbr is not UNSET:
            field_dict["purchaseInvoiceNbr"] = purchase_invoice_nbr
        if supplier_id is not UNSET:
            field_dict["supplierId"] = supplier_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
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
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id
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
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        _instance.line_nbr = UNSET if _value is UNSET else _models.DtoValueOfInt32.from_dict(_value)
        _value = _rest.pop("landedCostCode", UNSET)
        _instance.landed_cost_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("purchaseInvoiceNbr", UNSET)
        _instance.purchase_invoice_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("supplierId", UNSET)
        _instance.supplier_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("locationId", UNSET)
        _instance.location_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("apBillDate", UNSET)
        _instance.ap_bill_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("amount", UNSET)
        _instance.amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("taxCategory", UNSET)
        _instance.tax_category = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("terms", UNSET)
        _instance.terms = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("inventoryId", UNSET)
        _instance.inventory_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("apDocType", UNSET)
        _instance.ap_doc_type = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfSupplierDocumentType.from_dict(_value)
        )
        _value = _rest.pop("apRefNbr", UNSET)
        _instance.ap_ref_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("inDocType", UNSET)
        _instance.in_doc_type = UNSET if _value is UNSET else _models.DtoValueOfCustomerDocumentTypes.from_dict(_value)
        _value = _rest.pop("inRefNbr", UNSET)
        _instance.in_ref_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("postponePurchaseInvoiceCreation", UNSET)
        _instance.postpone_purchase_invoice_creation = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
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
