from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.landed_cost_update_dto_operation import (
    LandedCostUpdateDtoOperation,
    check_landed_cost_update_dto_operation,
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


@_attrs_define
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
        from ..models.dto_value_of_customer_document_types import DtoValueOfCustomerDocumentTypes
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_nullable_of_supplier_document_type import DtoValueOfNullableOfSupplierDocumentType
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: LandedCostUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_landed_cost_update_dto_operation(_operation)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: DtoValueOfInt32 | Unset
        if isinstance(_line_nbr, Unset):
            line_nbr = UNSET
        else:
            line_nbr = DtoValueOfInt32.from_dict(_line_nbr)

        _landed_cost_code = d.pop("landedCostCode", UNSET)
        landed_cost_code: DtoValueOfString | Unset
        if isinstance(_landed_cost_code, Unset):
            landed_cost_code = UNSET
        else:
            landed_cost_code = DtoValueOfString.from_dict(_landed_cost_code)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _purchase_invoice_nbr = d.pop("purchaseInvoiceNbr", UNSET)
        purchase_invoice_nbr: DtoValueOfString | Unset
        if isinstance(_purchase_invoice_nbr, Unset):
            purchase_invoice_nbr = UNSET
        else:
            purchase_invoice_nbr = DtoValueOfString.from_dict(_purchase_invoice_nbr)

        _supplier_id = d.pop("supplierId", UNSET)
        supplier_id: DtoValueOfString | Unset
        if isinstance(_supplier_id, Unset):
            supplier_id = UNSET
        else:
            supplier_id = DtoValueOfString.from_dict(_supplier_id)

        _location_id = d.pop("locationId", UNSET)
        location_id: DtoValueOfString | Unset
        if isinstance(_location_id, Unset):
            location_id = UNSET
        else:
            location_id = DtoValueOfString.from_dict(_location_id)

        _ap_bill_date = d.pop("apBillDate", UNSET)
        ap_bill_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_ap_bill_date, Unset):
            ap_bill_date = UNSET
        else:
            ap_bill_date = DtoValueOfNullableOfDateTime.from_dict(_ap_bill_date)

        _currency = d.pop("currency", UNSET)
        currency: DtoValueOfString | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = DtoValueOfString.from_dict(_currency)

        _amount = d.pop("amount", UNSET)
        amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = DtoValueOfNullableOfDecimal.from_dict(_amount)

        _tax_category = d.pop("taxCategory", UNSET)
        tax_category: DtoValueOfString | Unset
        if isinstance(_tax_category, Unset):
            tax_category = UNSET
        else:
            tax_category = DtoValueOfString.from_dict(_tax_category)

        _terms = d.pop("terms", UNSET)
        terms: DtoValueOfString | Unset
        if isinstance(_terms, Unset):
            terms = UNSET
        else:
            terms = DtoValueOfString.from_dict(_terms)

        _inventory_id = d.pop("inventoryId", UNSET)
        inventory_id: DtoValueOfString | Unset
        if isinstance(_inventory_id, Unset):
            inventory_id = UNSET
        else:
            inventory_id = DtoValueOfString.from_dict(_inventory_id)

        _ap_doc_type = d.pop("apDocType", UNSET)
        ap_doc_type: DtoValueOfNullableOfSupplierDocumentType | Unset
        if isinstance(_ap_doc_type, Unset):
            ap_doc_type = UNSET
        else:
            ap_doc_type = DtoValueOfNullableOfSupplierDocumentType.from_dict(_ap_doc_type)

        _ap_ref_nbr = d.pop("apRefNbr", UNSET)
        ap_ref_nbr: DtoValueOfString | Unset
        if isinstance(_ap_ref_nbr, Unset):
            ap_ref_nbr = UNSET
        else:
            ap_ref_nbr = DtoValueOfString.from_dict(_ap_ref_nbr)

        _in_doc_type = d.pop("inDocType", UNSET)
        in_doc_type: DtoValueOfCustomerDocumentTypes | Unset
        if isinstance(_in_doc_type, Unset):
            in_doc_type = UNSET
        else:
            in_doc_type = DtoValueOfCustomerDocumentTypes.from_dict(_in_doc_type)

        _in_ref_nbr = d.pop("inRefNbr", UNSET)
        in_ref_nbr: DtoValueOfString | Unset
        if isinstance(_in_ref_nbr, Unset):
            in_ref_nbr = UNSET
        else:
            in_ref_nbr = DtoValueOfString.from_dict(_in_ref_nbr)

        _postpone_purchase_invoice_creation = d.pop("postponePurchaseInvoiceCreation", UNSET)
        postpone_purchase_invoice_creation: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_postpone_purchase_invoice_creation, Unset):
            postpone_purchase_invoice_creation = UNSET
        else:
            postpone_purchase_invoice_creation = DtoValueOfNullableOfBoolean.from_dict(
                _postpone_purchase_invoice_creation
            )

        landed_cost_update_dto = cls(
            operation=operation,
            line_nbr=line_nbr,
            landed_cost_code=landed_cost_code,
            description=description,
            purchase_invoice_nbr=purchase_invoice_nbr,
            supplier_id=supplier_id,
            location_id=location_id,
            ap_bill_date=ap_bill_date,
            currency=currency,
            amount=amount,
            tax_category=tax_category,
            terms=terms,
            inventory_id=inventory_id,
            ap_doc_type=ap_doc_type,
            ap_ref_nbr=ap_ref_nbr,
            in_doc_type=in_doc_type,
            in_ref_nbr=in_ref_nbr,
            postpone_purchase_invoice_creation=postpone_purchase_invoice_creation,
        )

        landed_cost_update_dto.additional_properties = d
        return landed_cost_update_dto

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
