from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.attribute_line_update_dto import AttributeLineUpdateDto
    from ..models.dto_value_of_account_used_for_payment import DtoValueOfAccountUsedForPayment
    from ..models.dto_value_of_address_update_dto import DtoValueOfAddressUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_contact_info_update_dto import DtoValueOfContactInfoUpdateDto
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_16 import DtoValueOfNullableOfInt16
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_payment_by import DtoValueOfPaymentBy
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.dto_value_of_supplier_charge_bearer import DtoValueOfSupplierChargeBearer
    from ..models.dto_value_of_supplier_gl_accounts_update_dto import DtoValueOfSupplierGlAccountsUpdateDto
    from ..models.dto_value_of_supplier_status import DtoValueOfSupplierStatus
    from ..models.supplier_payment_method_detail_update_dto import SupplierPaymentMethodDetailUpdateDto


T = TypeVar("T", bound="SupplierUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "number",
    "name",
    "status",
    "account_reference",
    "number_of_employees",
    "parent_record_number",
    "supplier_class_id",
    "override_with_class_values",
    "credit_terms_id",
    "document_language",
    "currency_id",
    "currency_override",
    "currency_rate_override",
    "payment_method_id",
    "cash_account",
    "payment_lead_time",
    "payment_ref_display_mask",
    "pay_separately",
    "vat_registration_id",
    "corporate_id",
    "vat_zone_id",
    "charge_bearer",
    "account_used_for_payment",
    "payment_by",
    "main_address",
    "main_contact",
    "remit_address",
    "remit_contact",
    "supplier_address",
    "supplier_contact",
    "gl_accounts",
    "supplier_payment_method_details",
    "attribute_lines",
    "retainage_cash_account_id",
    "retainage_apply",
    "retainage_pct",
    "note",
    "override_number_series",
    "nace_code",
    "landed_cost_supplier",
)


@_attrs_define(repr=False)
class SupplierUpdateDto(GeneratedModel):
    """This class represents a supplier in SupplierController. Used to create and update supplier.

    Attributes:
        number (DtoValueOfString | Unset):
        name (DtoValueOfString | Unset):
        status (DtoValueOfSupplierStatus | Unset):
        account_reference (DtoValueOfString | Unset):
        number_of_employees (DtoValueOfNullableOfInt32 | Unset):
        parent_record_number (DtoValueOfString | Unset):
        supplier_class_id (DtoValueOfString | Unset):
        override_with_class_values (bool | Unset):
        credit_terms_id (DtoValueOfString | Unset):
        document_language (DtoValueOfString | Unset):
        currency_id (DtoValueOfString | Unset):
        currency_override (DtoValueOfNullableOfBoolean | Unset):
        currency_rate_override (DtoValueOfNullableOfBoolean | Unset):
        payment_method_id (DtoValueOfString | Unset):
        cash_account (DtoValueOfString | Unset):
        payment_lead_time (DtoValueOfNullableOfInt16 | Unset):
        payment_ref_display_mask (DtoValueOfString | Unset):
        pay_separately (DtoValueOfNullableOfBoolean | Unset):
        vat_registration_id (DtoValueOfString | Unset):
        corporate_id (DtoValueOfString | Unset):
        vat_zone_id (DtoValueOfString | Unset):
        charge_bearer (DtoValueOfSupplierChargeBearer | Unset):
        account_used_for_payment (DtoValueOfAccountUsedForPayment | Unset):
        payment_by (DtoValueOfPaymentBy | Unset):
        main_address (DtoValueOfAddressUpdateDto | Unset):
        main_contact (DtoValueOfContactInfoUpdateDto | Unset):
        remit_address (DtoValueOfAddressUpdateDto | Unset):
        remit_contact (DtoValueOfContactInfoUpdateDto | Unset):
        supplier_address (DtoValueOfAddressUpdateDto | Unset):
        supplier_contact (DtoValueOfContactInfoUpdateDto | Unset):
        gl_accounts (DtoValueOfSupplierGlAccountsUpdateDto | Unset):
        supplier_payment_method_details (list[SupplierPaymentMethodDetailUpdateDto] | Unset):
        attribute_lines (list[AttributeLineUpdateDto] | Unset):
        retainage_cash_account_id (DtoValueOfString | Unset):
        retainage_apply (DtoValueOfNullableOfBoolean | Unset):
        retainage_pct (DtoValueOfNullableOfDecimal | Unset):
        note (DtoValueOfString | Unset):
        override_number_series (DtoValueOfBoolean | Unset):
        nace_code (DtoValueOfString | Unset):
        landed_cost_supplier (DtoValueOfNullableOfBoolean | Unset):
    """

    number: DtoValueOfString | Unset | None = UNSET
    name: DtoValueOfString | Unset | None = UNSET
    status: DtoValueOfSupplierStatus | Unset | None = UNSET
    account_reference: DtoValueOfString | Unset | None = UNSET
    number_of_employees: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    parent_record_number: DtoValueOfString | Unset | None = UNSET
    supplier_class_id: DtoValueOfString | Unset | None = UNSET
    override_with_class_values: bool | Unset | None = UNSET
    credit_terms_id: DtoValueOfString | Unset | None = UNSET
    document_language: DtoValueOfString | Unset | None = UNSET
    currency_id: DtoValueOfString | Unset | None = UNSET
    currency_override: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    currency_rate_override: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    payment_method_id: DtoValueOfString | Unset | None = UNSET
    cash_account: DtoValueOfString | Unset | None = UNSET
    payment_lead_time: DtoValueOfNullableOfInt16 | Unset | None = UNSET
    payment_ref_display_mask: DtoValueOfString | Unset | None = UNSET
    pay_separately: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    vat_registration_id: DtoValueOfString | Unset | None = UNSET
    corporate_id: DtoValueOfString | Unset | None = UNSET
    vat_zone_id: DtoValueOfString | Unset | None = UNSET
    charge_bearer: DtoValueOfSupplierChargeBearer | Unset | None = UNSET
    account_used_for_payment: DtoValueOfAccountUsedForPayment | Unset | None = UNSET
    payment_by: DtoValueOfPaymentBy | Unset | None = UNSET
    main_address: DtoValueOfAddressUpdateDto | Unset | None = UNSET
    main_contact: DtoValueOfContactInfoUpdateDto | Unset | None = UNSET
    remit_address: DtoValueOfAddressUpdateDto | Unset | None = UNSET
    remit_contact: DtoValueOfContactInfoUpdateDto | Unset | None = UNSET
    supplier_address: DtoValueOfAddressUpdateDto | Unset | None = UNSET
    supplier_contact: DtoValueOfContactInfoUpdateDto | Unset | None = UNSET
    gl_accounts: DtoValueOfSupplierGlAccountsUpdateDto | Unset | None = UNSET
    supplier_payment_method_details: list[SupplierPaymentMethodDetailUpdateDto] | Unset | None = UNSET
    attribute_lines: list[AttributeLineUpdateDto] | Unset | None = UNSET
    retainage_cash_account_id: DtoValueOfString | Unset | None = UNSET
    retainage_apply: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    retainage_pct: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    override_number_series: DtoValueOfBoolean | Unset | None = UNSET
    nace_code: DtoValueOfString | Unset | None = UNSET
    landed_cost_supplier: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.number
        if _value is not UNSET:
            field_dict["number"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.name
        if _value is not UNSET:
            field_dict["name"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account_reference
        if _value is not UNSET:
            field_dict["accountReference"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.number_of_employees
        if _value is not UNSET:
            field_dict["numberOfEmployees"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.parent_record_number
        if _value is not UNSET:
            field_dict["parentRecordNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_class_id
        if _value is not UNSET:
            field_dict["supplierClassId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override_with_class_values
        if _value is not UNSET:
            field_dict["overrideWithClassValues"] = _value
        _value = self.credit_terms_id
        if _value is not UNSET:
            field_dict["creditTermsId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.document_language
        if _value is not UNSET:
            field_dict["documentLanguage"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency_override
        if _value is not UNSET:
            field_dict["currencyOverride"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency_rate_override
        if _value is not UNSET:
            field_dict["currencyRateOverride"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_method_id
        if _value is not UNSET:
            field_dict["paymentMethodId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_lead_time
        if _value is not UNSET:
            field_dict["paymentLeadTime"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_ref_display_mask
        if _value is not UNSET:
            field_dict["paymentRefDisplayMask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.pay_separately
        if _value is not UNSET:
            field_dict["paySeparately"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_registration_id
        if _value is not UNSET:
            field_dict["vatRegistrationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.corporate_id
        if _value is not UNSET:
            field_dict["corporateId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_zone_id
        if _value is not UNSET:
            field_dict["vatZoneId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.charge_bearer
        if _value is not UNSET:
            field_dict["chargeBearer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account_used_for_payment
        if _value is not UNSET:
            field_dict["accountUsedForPayment"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_by
        if _value is not UNSET:
            field_dict["paymentBy"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.main_address
        if _value is not UNSET:
            field_dict["mainAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.main_contact
        if _value is not UNSET:
            field_dict["mainContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.remit_address
        if _value is not UNSET:
            field_dict["remitAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.remit_contact
        if _value is not UNSET:
            field_dict["remitContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_address
        if _value is not UNSET:
            field_dict["supplierAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_contact
        if _value is not UNSET:
            field_dict["supplierContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.gl_accounts
        if _value is not UNSET:
            field_dict["glAccounts"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_payment_method_details
        if _value is not UNSET:
            field_dict["supplierPaymentMethodDetails"] = (
                [
                    supplier_payment_method_details_item_data.to_dict()
                    if isinstance(supplier_payment_method_details_item_data, GeneratedModel)
                    else supplier_payment_method_details_item_data
                    for supplier_payment_method_details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.attribute_lines
        if _value is not UNSET:
            field_dict["attributeLines"] = (
                [
                    attribute_lines_item_data.to_dict()
                    if isinstance(attribute_lines_item_data, GeneratedModel)
                    else attribute_lines_item_data
                    for attribute_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.retainage_cash_account_id
        if _value is not UNSET:
            field_dict["retainageCashAccountID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.retainage_apply
        if _value is not UNSET:
            field_dict["retainageApply"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.retainage_pct
        if _value is not UNSET:
            field_dict["retainagePct"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override_number_series
        if _value is not UNSET:
            field_dict["overrideNumberSeries"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.nace_code
        if _value is not UNSET:
            field_dict["naceCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.landed_cost_supplier
        if _value is not UNSET:
            field_dict["landedCostSupplier"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("number", UNSET)
        self.number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("name", UNSET)
        self.name = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("status", UNSET)
        self.status = (
            _models.DtoValueOfSupplierStatus._vn_fill(_new(_models.DtoValueOfSupplierStatus), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("accountReference", UNSET)
        self.account_reference = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("numberOfEmployees", UNSET)
        self.number_of_employees = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("parentRecordNumber", UNSET)
        self.parent_record_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierClassId", UNSET)
        self.supplier_class_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.override_with_class_values = _rest.pop("overrideWithClassValues", UNSET)
        _value = _rest.pop("creditTermsId", UNSET)
        self.credit_terms_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("documentLanguage", UNSET)
        self.document_language = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currencyId", UNSET)
        self.currency_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currencyOverride", UNSET)
        self.currency_override = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currencyRateOverride", UNSET)
        self.currency_rate_override = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentMethodId", UNSET)
        self.payment_method_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cashAccount", UNSET)
        self.cash_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentLeadTime", UNSET)
        self.payment_lead_time = (
            _models.DtoValueOfNullableOfInt16._vn_fill(_new(_models.DtoValueOfNullableOfInt16), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentRefDisplayMask", UNSET)
        self.payment_ref_display_mask = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paySeparately", UNSET)
        self.pay_separately = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatRegistrationId", UNSET)
        self.vat_registration_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("corporateId", UNSET)
        self.corporate_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatZoneId", UNSET)
        self.vat_zone_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("chargeBearer", UNSET)
        self.charge_bearer = (
            _models.DtoValueOfSupplierChargeBearer._vn_fill(_new(_models.DtoValueOfSupplierChargeBearer), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("accountUsedForPayment", UNSET)
        self.account_used_for_payment = (
            _models.DtoValueOfAccountUsedForPayment._vn_fill(_new(_models.DtoValueOfAccountUsedForPayment), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentBy", UNSET)
        self.payment_by = (
            _models.DtoValueOfPaymentBy._vn_fill(_new(_models.DtoValueOfPaymentBy), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("mainAddress", UNSET)
        self.main_address = (
            _models.DtoValueOfAddressUpdateDto._vn_fill(_new(_models.DtoValueOfAddressUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("mainContact", UNSET)
        self.main_contact = (
            _models.DtoValueOfContactInfoUpdateDto._vn_fill(_new(_models.DtoValueOfContactInfoUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("remitAddress", UNSET)
        self.remit_address = (
            _models.DtoValueOfAddressUpdateDto._vn_fill(_new(_models.DtoValueOfAddressUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("remitContact", UNSET)
        self.remit_contact = (
            _models.DtoValueOfContactInfoUpdateDto._vn_fill(_new(_models.DtoValueOfContactInfoUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierAddress", UNSET)
        self.supplier_address = (
            _models.DtoValueOfAddressUpdateDto._vn_fill(_new(_models.DtoValueOfAddressUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierContact", UNSET)
        self.supplier_contact = (
            _models.DtoValueOfContactInfoUpdateDto._vn_fill(_new(_models.DtoValueOfContactInfoUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("glAccounts", UNSET)
        self.gl_accounts = (
            _models.DtoValueOfSupplierGlAccountsUpdateDto._vn_fill(
                _new(_models.DtoValueOfSupplierGlAccountsUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierPaymentMethodDetails", UNSET)
        self.supplier_payment_method_details = (
            [
                _models.SupplierPaymentMethodDetailUpdateDto._vn_fill(
                    _new(_models.SupplierPaymentMethodDetailUpdateDto), supplier_payment_method_details_item_data
                )
                if isinstance(supplier_payment_method_details_item_data, dict)
                else supplier_payment_method_details_item_data
                for supplier_payment_method_details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("attributeLines", UNSET)
        self.attribute_lines = (
            [
                _models.AttributeLineUpdateDto._vn_fill(_new(_models.AttributeLineUpdateDto), attribute_lines_item_data)
                if isinstance(attribute_lines_item_data, dict)
                else attribute_lines_item_data
                for attribute_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("retainageCashAccountID", UNSET)
        self.retainage_cash_account_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("retainageApply", UNSET)
        self.retainage_apply = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("retainagePct", UNSET)
        self.retainage_pct = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("overrideNumberSeries", UNSET)
        self.override_number_series = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("naceCode", UNSET)
        self.nace_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("landedCostSupplier", UNSET)
        self.landed_cost_supplier = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("number", "number", False, ("model", "DtoValueOfString")),
        ("name", "name", False, ("model", "DtoValueOfString")),
        ("status", "status", False, ("model", "DtoValueOfSupplierStatus")),
        ("account_reference", "accountReference", False, ("model", "DtoValueOfString")),
        ("number_of_employees", "numberOfEmployees", False, ("model", "DtoValueOfNullableOfInt32")),
        ("parent_record_number", "parentRecordNumber", False, ("model", "DtoValueOfString")),
        ("supplier_class_id", "supplierClassId", False, ("model", "DtoValueOfString")),
        ("override_with_class_values", "overrideWithClassValues", False, "bool"),
        ("credit_terms_id", "creditTermsId", False, ("model", "DtoValueOfString")),
        ("document_language", "documentLanguage", False, ("model", "DtoValueOfString")),
        ("currency_id", "currencyId", False, ("model", "DtoValueOfString")),
        ("currency_override", "currencyOverride", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("currency_rate_override", "currencyRateOverride", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("payment_method_id", "paymentMethodId", False, ("model", "DtoValueOfString")),
        ("cash_account", "cashAccount", False, ("model", "DtoValueOfString")),
        ("payment_lead_time", "paymentLeadTime", False, ("model", "DtoValueOfNullableOfInt16")),
        ("payment_ref_display_mask", "paymentRefDisplayMask", False, ("model", "DtoValueOfString")),
        ("pay_separately", "paySeparately", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("vat_registration_id", "vatRegistrationId", False, ("model", "DtoValueOfString")),
        ("corporate_id", "corporateId", False, ("model", "DtoValueOfString")),
        ("vat_zone_id", "vatZoneId", False, ("model", "DtoValueOfString")),
        ("charge_bearer", "chargeBearer", False, ("model", "DtoValueOfSupplierChargeBearer")),
        ("account_used_for_payment", "accountUsedForPayment", False, ("model", "DtoValueOfAccountUsedForPayment")),
        ("payment_by", "paymentBy", False, ("model", "DtoValueOfPaymentBy")),
        ("main_address", "mainAddress", False, ("model", "DtoValueOfAddressUpdateDto")),
        ("main_contact", "mainContact", False, ("model", "DtoValueOfContactInfoUpdateDto")),
        ("remit_address", "remitAddress", False, ("model", "DtoValueOfAddressUpdateDto")),
        ("remit_contact", "remitContact", False, ("model", "DtoValueOfContactInfoUpdateDto")),
        ("supplier_address", "supplierAddress", False, ("model", "DtoValueOfAddressUpdateDto")),
        ("supplier_contact", "supplierContact", False, ("model", "DtoValueOfContactInfoUpdateDto")),
        ("gl_accounts", "glAccounts", False, ("model", "DtoValueOfSupplierGlAccountsUpdateDto")),
        (
            "supplier_payment_method_details",
            "supplierPaymentMethodDetails",
            False,
            ("list", ("model", "SupplierPaymentMethodDetailUpdateDto")),
        ),
        ("attribute_lines", "attributeLines", False, ("list", ("model", "AttributeLineUpdateDto"))),
        ("retainage_cash_account_id", "retainageCashAccountID", False, ("model", "DtoValueOfString")),
        ("retainage_apply", "retainageApply", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("retainage_pct", "retainagePct", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("note", "note", False, ("model", "DtoValueOfString")),
        ("override_number_series", "overrideNumberSeries", False, ("model", "DtoValueOfBoolean")),
        ("nace_code", "naceCode", False, ("model", "DtoValueOfString")),
        ("landed_cost_supplier", "landedCostSupplier", False, ("model", "DtoValueOfNullableOfBoolean")),
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


_Lazy = _lazy_twin(SupplierUpdateDto)
