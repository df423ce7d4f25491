from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class SupplierUpdateDto:
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

    number: DtoValueOfString | Unset = UNSET
    name: DtoValueOfString | Unset = UNSET
    status: DtoValueOfSupplierStatus | Unset = UNSET
    account_reference: DtoValueOfString | Unset = UNSET
    number_of_employees: DtoValueOfNullableOfInt32 | Unset = UNSET
    parent_record_number: DtoValueOfString | Unset = UNSET
    supplier_class_id: DtoValueOfString | Unset = UNSET
    override_with_class_values: bool | Unset = UNSET
    credit_terms_id: DtoValueOfString | Unset = UNSET
    document_language: DtoValueOfString | Unset = UNSET
    currency_id: DtoValueOfString | Unset = UNSET
    currency_override: DtoValueOfNullableOfBoolean | Unset = UNSET
    currency_rate_override: DtoValueOfNullableOfBoolean | Unset = UNSET
    payment_method_id: DtoValueOfString | Unset = UNSET
    cash_account: DtoValueOfString | Unset = UNSET
    payment_lead_time: DtoValueOfNullableOfInt16 | Unset = UNSET
    payment_ref_display_mask: DtoValueOfString | Unset = UNSET
    pay_separately: DtoValueOfNullableOfBoolean | Unset = UNSET
    vat_registration_id: DtoValueOfString | Unset = UNSET
    corporate_id: DtoValueOfString | Unset = UNSET
    vat_zone_id: DtoValueOfString | Unset = UNSET
    charge_bearer: DtoValueOfSupplierChargeBearer | Unset = UNSET
    account_used_for_payment: DtoValueOfAccountUsedForPayment | Unset = UNSET
    payment_by: DtoValueOfPaymentBy | Unset = UNSET
    main_address: DtoValueOfAddressUpdateDto | Unset = UNSET
    main_contact: DtoValueOfContactInfoUpdateDto | Unset = UNSET
    remit_address: DtoValueOfAddressUpdateDto | Unset = UNSET
    remit_contact: DtoValueOfContactInfoUpdateDto | Unset = UNSET
    supplier_address: DtoValueOfAddressUpdateDto | Unset = UNSET
    supplier_contact: DtoValueOfContactInfoUpdateDto | Unset = UNSET
    gl_accounts: DtoValueOfSupplierGlAccountsUpdateDto | Unset = UNSET
    supplier_payment_method_details: list[SupplierPaymentMethodDetailUpdateDto] | Unset = UNSET
    attribute_lines: list[AttributeLineUpdateDto] | Unset = UNSET
    retainage_cash_account_id: DtoValueOfString | Unset = UNSET
    retainage_apply: DtoValueOfNullableOfBoolean | Unset = UNSET
    retainage_pct: DtoValueOfNullableOfDecimal | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    override_number_series: DtoValueOfBoolean | Unset = UNSET
    nace_code: DtoValueOfString | Unset = UNSET
    landed_cost_supplier: DtoValueOfNullableOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number, Unset):
            number = self.number.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        account_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_reference, Unset):
            account_reference = self.account_reference.to_dict()

        number_of_employees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number_of_employees, Unset):
            number_of_employees = self.number_of_employees.to_dict()

        parent_record_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_record_number, Unset):
            parent_record_number = self.parent_record_number.to_dict()

        supplier_class_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_class_id, Unset):
            supplier_class_id = self.supplier_class_id.to_dict()

        override_with_class_values = self.override_with_class_values

        credit_terms_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_terms_id, Unset):
            credit_terms_id = self.credit_terms_id.to_dict()

        document_language: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document_language, Unset):
            document_language = self.document_language.to_dict()

        currency_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_id, Unset):
            currency_id = self.currency_id.to_dict()

        currency_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_override, Unset):
            currency_override = self.currency_override.to_dict()

        currency_rate_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_rate_override, Unset):
            currency_rate_override = self.currency_rate_override.to_dict()

        payment_method_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_id, Unset):
            payment_method_id = self.payment_method_id.to_dict()

        cash_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_account, Unset):
            cash_account = self.cash_account.to_dict()

        payment_lead_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_lead_time, Unset):
            payment_lead_time = self.payment_lead_time.to_dict()

        payment_ref_display_mask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_ref_display_mask, Unset):
            payment_ref_display_mask = self.payment_ref_display_mask.to_dict()

        pay_separately: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_separately, Unset):
            pay_separately = self.pay_separately.to_dict()

        vat_registration_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_registration_id, Unset):
            vat_registration_id = self.vat_registration_id.to_dict()

        corporate_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.corporate_id, Unset):
            corporate_id = self.corporate_id.to_dict()

        vat_zone_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_zone_id, Unset):
            vat_zone_id = self.vat_zone_id.to_dict()

        charge_bearer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_bearer, Unset):
            charge_bearer = self.charge_bearer.to_dict()

        account_used_for_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_used_for_payment, Unset):
            account_used_for_payment = self.account_used_for_payment.to_dict()

        payment_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_by, Unset):
            payment_by = self.payment_by.to_dict()

        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()

        main_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_contact, Unset):
            main_contact = self.main_contact.to_dict()

        remit_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remit_address, Unset):
            remit_address = self.remit_address.to_dict()

        remit_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remit_contact, Unset):
            remit_contact = self.remit_contact.to_dict()

        supplier_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_address, Unset):
            supplier_address = self.supplier_address.to_dict()

        supplier_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_contact, Unset):
            supplier_contact = self.supplier_contact.to_dict()

        gl_accounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gl_accounts, Unset):
            gl_accounts = self.gl_accounts.to_dict()

        supplier_payment_method_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier_payment_method_details, Unset):
            supplier_payment_method_details = []
            for supplier_payment_method_details_item_data in self.supplier_payment_method_details:
                supplier_payment_method_details_item = supplier_payment_method_details_item_data.to_dict()
                supplier_payment_method_details.append(supplier_payment_method_details_item)

        attribute_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attribute_lines, Unset):
            attribute_lines = []
            for attribute_lines_item_data in self.attribute_lines:
                attribute_lines_item = attribute_lines_item_data.to_dict()
                attribute_lines.append(attribute_lines_item)

        retainage_cash_account_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retainage_cash_account_id, Unset):
            retainage_cash_account_id = self.retainage_cash_account_id.to_dict()

        retainage_apply: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retainage_apply, Unset):
            retainage_apply = self.retainage_apply.to_dict()

        retainage_pct: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retainage_pct, Unset):
            retainage_pct = self.retainage_pct.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        override_number_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_number_series, Unset):
            override_number_series = self.override_number_series.to_dict()

        nace_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nace_code, Unset):
            nace_code = self.nace_code.to_dict()

        landed_cost_supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.landed_cost_supplier, Unset):
            landed_cost_supplier = self.landed_cost_supplier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if account_reference is not UNSET:
            field_dict["accountReference"] = account_reference
        if number_of_employees is not UNSET:
            field_dict["numberOfEmployees"] = number_of_employees
        if parent_record_number is not UNSET:
            field_dict["parentRecordNumber"] = parent_record_number
        if supplier_class_id is not UNSET:
            field_dict["supplierClassId"] = supplier_class_id
        if override_with_class_values is not UNSET:
            field_dict["overrideWithClassValues"] = override_with_class_values
        if credit_terms_id is not UNSET:
            field_dict["creditTermsId"] = credit_terms_id
        if document_language is not UNSET:
            field_dict["documentLanguage"] = document_language
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if currency_override is not UNSET:
            field_dict["currencyOverride"] = currency_override
        if currency_rate_override is not UNSET:
            field_dict["currencyRateOverride"] = currency_rate_override
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if payment_lead_time is not UNSET:
            field_dict["paymentLeadTime"] = payment_lead_time
        if payment_ref_display_mask is not UNSET:
            field_dict["paymentRefDisplayMask"] = payment_ref_display_mask
        if pay_separately is not UNSET:
            field_dict["paySeparately"] = pay_separately
        if vat_registration_id is not UNSET:
            field_dict["vatRegistrationId"] = vat_registration_id
        if corporate_id is not UNSET:
            field_dict["corporateId"] = corporate_id
        if vat_zone_id is not UNSET:
            field_dict["vatZoneId"] = vat_zone_id
        if charge_bearer is not UNSET:
            field_dict["chargeBearer"] = charge_bearer
        if account_used_for_payment is not UNSET:
            field_dict["accountUsedForPayment"] = account_used_for_payment
        if payment_by is not UNSET:
            field_dict["paymentBy"] = payment_by
        if main_address is not UNSET:
            field_dict["mainAddress"] = main_address
        if main_contact is not UNSET:
            field_dict["mainContact"] = main_contact
        if remit_address is not UNSET:
            field_dict["remitAddress"] = remit_address
        if remit_contact is not UNSET:
            field_dict["remitContact"] = remit_contact
        if supplier_address is not UNSET:
            field_dict["supplierAddress"] = supplier_address
        if supplier_contact is not UNSET:
            field_dict["supplierContact"] = supplier_contact
        if gl_accounts is not UNSET:
            field_dict["glAccounts"] = gl_accounts
        if supplier_payment_method_details is not UNSET:
            field_dict["supplierPaymentMethodDetails"] = supplier_payment_method_details
        if attribute_lines is not UNSET:
            field_dict["attributeLines"] = attribute_lines
        if retainage_cash_account_id is not UNSET:
            field_dict["retainageCashAccountID"] = retainage_cash_account_id
        if retainage_apply is not UNSET:
            field_dict["retainageApply"] = retainage_apply
        if retainage_pct is not UNSET:
            field_dict["retainagePct"] = retainage_pct
        if note is not UNSET:
            field_dict["note"] = note
        if override_number_series is not UNSET:
            field_dict["overrideNumberSeries"] = override_number_series
        if nace_code is not UNSET:
            field_dict["naceCode"] = nace_code
        if landed_cost_supplier is not UNSET:
            field_dict["landedCostSupplier"] = landed_cost_supplier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("number", UNSET)
        _instance.number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("name", UNSET)
        _instance.name = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("status", UNSET)
        _instance.status = UNSET if _value is UNSET else _models.DtoValueOfSupplierStatus.from_dict(_value)
        _value = _rest.pop("accountReference", UNSET)
        _instance.account_reference = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("numberOfEmployees", UNSET)
        _instance.number_of_employees = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        )
        _value = _rest.pop("parentRecordNumber", UNSET)
        _instance.parent_record_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("supplierClassId", UNSET)
        _instance.supplier_class_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _instance.override_with_class_values = _rest.pop("overrideWithClassValues", UNSET)
        _value = _rest.pop("creditTermsId", UNSET)
        _instance.credit_terms_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("documentLanguage", UNSET)
        _instance.document_language = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("currencyId", UNSET)
        _instance.currency_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("currencyOverride", UNSET)
        _instance.currency_override = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("currencyRateOverride", UNSET)
        _instance.currency_rate_override = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("paymentMethodId", UNSET)
        _instance.payment_method_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("cashAccount", UNSET)
        _instance.cash_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("paymentLeadTime", UNSET)
        _instance.payment_lead_time = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt16.from_dict(_value)
        _value = _rest.pop("paymentRefDisplayMask", UNSET)
        _instance.payment_ref_display_mask = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("paySeparately", UNSET)
        _instance.pay_separately = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("vatRegistrationId", UNSET)
        _instance.vat_registration_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("corporateId", UNSET)
        _instance.corporate_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("vatZoneId", UNSET)
        _instance.vat_zone_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("chargeBearer", UNSET)
        _instance.charge_bearer = UNSET if _value is UNSET else _models.DtoValueOfSupplierChargeBearer.from_dict(_value)
        _value = _rest.pop("accountUsedForPayment", UNSET)
        _instance.account_used_for_payment = (
            UNSET if _value is UNSET else _models.DtoValueOfAccountUsedForPayment.from_dict(_value)
        )
        _value = _rest.pop("paymentBy", UNSET)
        _instance.payment_by = UNSET if _value is UNSET else _models.DtoValueOfPaymentBy.from_dict(_value)
        _value = _rest.pop("mainAddress", UNSET)
        _instance.main_address = UNSET if _value is UNSET else _models.DtoValueOfAddressUpdateDto.from_dict(_value)
        _value = _rest.pop("mainContact", UNSET)
        _instance.main_contact = UNSET if _value is UNSET else _models.DtoValueOfContactInfoUpdateDto.from_dict(_value)
        _value = _rest.pop("remitAddress", UNSET)
        _instance.remit_address = UNSET if _value is UNSET else _models.DtoValueOfAddressUpdateDto.from_dict(_value)
        _value = _rest.pop("remitContact", UNSET)
        _instance.remit_contact = UNSET if _value is UNSET else _models.DtoValueOfContactInfoUpdateDto.from_dict(_value)
        _value = _rest.pop("supplierAddress", UNSET)
        _instance.supplier_address = UNSET if _value is UNSET else _models.DtoValueOfAddressUpdateDto.from_dict(_value)
        _value = _rest.pop("supplierContact", UNSET)
        _instance.supplier_contact = (
            UNSET if _value is UNSET else _models.DtoValueOfContactInfoUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("glAccounts", UNSET)
        _instance.gl_accounts = (
            UNSET if _value is UNSET else _models.DtoValueOfSupplierGlAccountsUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("supplierPaymentMethodDetails", UNSET)
        _instance.supplier_payment_method_details = (
            UNSET
            if _value is UNSET
            else [
                _models.SupplierPaymentMethodDetailUpdateDto.from_dict(supplier_payment_method_details_item_data)
                for supplier_payment_method_details_item_data in _value
            ]
        )
        _value = _rest.pop("attributeLines", UNSET)
        _instance.attribute_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.AttributeLineUpdateDto.from_dict(attribute_lines_item_data)
                for attribute_lines_item_data in _value
            ]
        )
        _value = _rest.pop("retainageCashAccountID", UNSET)
        _instance.retainage_cash_account_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("retainageApply", UNSET)
        _instance.retainage_apply = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("retainagePct", UNSET)
        _instance.retainage_pct = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("overrideNumberSeries", UNSET)
        _instance.override_number_series = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("naceCode", UNSET)
        _instance.nace_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("landedCostSupplier", UNSET)
        _instance.landed_cost_supplier = (
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
