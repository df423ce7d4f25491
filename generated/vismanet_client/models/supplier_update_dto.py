from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
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

        d = dict(src_dict)
        _number = d.pop("number", UNSET)
        number: DtoValueOfString | Unset
        if isinstance(_number, Unset):
            number = UNSET
        else:
            number = DtoValueOfString.from_dict(_number)

        _name = d.pop("name", UNSET)
        name: DtoValueOfString | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = DtoValueOfString.from_dict(_name)

        _status = d.pop("status", UNSET)
        status: DtoValueOfSupplierStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DtoValueOfSupplierStatus.from_dict(_status)

        _account_reference = d.pop("accountReference", UNSET)
        account_reference: DtoValueOfString | Unset
        if isinstance(_account_reference, Unset):
            account_reference = UNSET
        else:
            account_reference = DtoValueOfString.from_dict(_account_reference)

        _number_of_employees = d.pop("numberOfEmployees", UNSET)
        number_of_employees: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_number_of_employees, Unset):
            number_of_employees = UNSET
        else:
            number_of_employees = DtoValueOfNullableOfInt32.from_dict(_number_of_employees)

        _parent_record_number = d.pop("parentRecordNumber", UNSET)
        parent_record_number: DtoValueOfString | Unset
        if isinstance(_parent_record_number, Unset):
            parent_record_number = UNSET
        else:
            parent_record_number = DtoValueOfString.from_dict(_parent_record_number)

        _supplier_class_id = d.pop("supplierClassId", UNSET)
        supplier_class_id: DtoValueOfString | Unset
        if isinstance(_supplier_class_id, Unset):
            supplier_class_id = UNSET
        else:
            supplier_class_id = DtoValueOfString.from_dict(_supplier_class_id)

        override_with_class_values = d.pop("overrideWithClassValues", UNSET)

        _credit_terms_id = d.pop("creditTermsId", UNSET)
        credit_terms_id: DtoValueOfString | Unset
        if isinstance(_credit_terms_id, Unset):
            credit_terms_id = UNSET
        else:
            credit_terms_id = DtoValueOfString.from_dict(_credit_terms_id)

        _document_language = d.pop("documentLanguage", UNSET)
        document_language: DtoValueOfString | Unset
        if isinstance(_document_language, Unset):
            document_language = UNSET
        else:
            document_language = DtoValueOfString.from_dict(_document_language)

        _currency_id = d.pop("currencyId", UNSET)
        currency_id: DtoValueOfString | Unset
        if isinstance(_currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = DtoValueOfString.from_dict(_currency_id)

        _currency_override = d.pop("currencyOverride", UNSET)
        currency_override: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_currency_override, Unset):
            currency_override = UNSET
        else:
            currency_override = DtoValueOfNullableOfBoolean.from_dict(_currency_override)

        _currency_rate_override = d.pop("currencyRateOverride", UNSET)
        currency_rate_override: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_currency_rate_override, Unset):
            currency_rate_override = UNSET
        else:
            currency_rate_override = DtoValueOfNullableOfBoolean.from_dict(_currency_rate_override)

        _payment_method_id = d.pop("paymentMethodId", UNSET)
        payment_method_id: DtoValueOfString | Unset
        if isinstance(_payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = DtoValueOfString.from_dict(_payment_method_id)

        _cash_account = d.pop("cashAccount", UNSET)
        cash_account: DtoValueOfString | Unset
        if isinstance(_cash_account, Unset):
            cash_account = UNSET
        else:
            cash_account = DtoValueOfString.from_dict(_cash_account)

        _payment_lead_time = d.pop("paymentLeadTime", UNSET)
        payment_lead_time: DtoValueOfNullableOfInt16 | Unset
        if isinstance(_payment_lead_time, Unset):
            payment_lead_time = UNSET
        else:
            payment_lead_time = DtoValueOfNullableOfInt16.from_dict(_payment_lead_time)

        _payment_ref_display_mask = d.pop("paymentRefDisplayMask", UNSET)
        payment_ref_display_mask: DtoValueOfString | Unset
        if isinstance(_payment_ref_display_mask, Unset):
            payment_ref_display_mask = UNSET
        else:
            payment_ref_display_mask = DtoValueOfString.from_dict(_payment_ref_display_mask)

        _pay_separately = d.pop("paySeparately", UNSET)
        pay_separately: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_pay_separately, Unset):
            pay_separately = UNSET
        else:
            pay_separately = DtoValueOfNullableOfBoolean.from_dict(_pay_separately)

        _vat_registration_id = d.pop("vatRegistrationId", UNSET)
        vat_registration_id: DtoValueOfString | Unset
        if isinstance(_vat_registration_id, Unset):
            vat_registration_id = UNSET
        else:
            vat_registration_id = DtoValueOfString.from_dict(_vat_registration_id)

        _corporate_id = d.pop("corporateId", UNSET)
        corporate_id: DtoValueOfString | Unset
        if isinstance(_corporate_id, Unset):
            corporate_id = UNSET
        else:
            corporate_id = DtoValueOfString.from_dict(_corporate_id)

        _vat_zone_id = d.pop("vatZoneId", UNSET)
        vat_zone_id: DtoValueOfString | Unset
        if isinstance(_vat_zone_id, Unset):
            vat_zone_id = UNSET
        else:
            vat_zone_id = DtoValueOfString.from_dict(_vat_zone_id)

        _charge_bearer = d.pop("chargeBearer", UNSET)
        charge_bearer: DtoValueOfSupplierChargeBearer | Unset
        if isinstance(_charge_bearer, Unset):
            charge_bearer = UNSET
        else:
            charge_bearer = DtoValueOfSupplierChargeBearer.from_dict(_charge_bearer)

        _account_used_for_payment = d.pop("accountUsedForPayment", UNSET)
        account_used_for_payment: DtoValueOfAccountUsedForPayment | Unset
        if isinstance(_account_used_for_payment, Unset):
            account_used_for_payment = UNSET
        else:
            account_used_for_payment = DtoValueOfAccountUsedForPayment.from_dict(_account_used_for_payment)

        _payment_by = d.pop("paymentBy", UNSET)
        payment_by: DtoValueOfPaymentBy | Unset
        if isinstance(_payment_by, Unset):
            payment_by = UNSET
        else:
            payment_by = DtoValueOfPaymentBy.from_dict(_payment_by)

        _main_address = d.pop("mainAddress", UNSET)
        main_address: DtoValueOfAddressUpdateDto | Unset
        if isinstance(_main_address, Unset):
            main_address = UNSET
        else:
            main_address = DtoValueOfAddressUpdateDto.from_dict(_main_address)

        _main_contact = d.pop("mainContact", UNSET)
        main_contact: DtoValueOfContactInfoUpdateDto | Unset
        if isinstance(_main_contact, Unset):
            main_contact = UNSET
        else:
            main_contact = DtoValueOfContactInfoUpdateDto.from_dict(_main_contact)

        _remit_address = d.pop("remitAddress", UNSET)
        remit_address: DtoValueOfAddressUpdateDto | Unset
        if isinstance(_remit_address, Unset):
            remit_address = UNSET
        else:
            remit_address = DtoValueOfAddressUpdateDto.from_dict(_remit_address)

        _remit_contact = d.pop("remitContact", UNSET)
        remit_contact: DtoValueOfContactInfoUpdateDto | Unset
        if isinstance(_remit_contact, Unset):
            remit_contact = UNSET
        else:
            remit_contact = DtoValueOfContactInfoUpdateDto.from_dict(_remit_contact)

        _supplier_address = d.pop("supplierAddress", UNSET)
        supplier_address: DtoValueOfAddressUpdateDto | Unset
        if isinstance(_supplier_address, Unset):
            supplier_address = UNSET
        else:
            supplier_address = DtoValueOfAddressUpdateDto.from_dict(_supplier_address)

        _supplier_contact = d.pop("supplierContact", UNSET)
        supplier_contact: DtoValueOfContactInfoUpdateDto | Unset
        if isinstance(_supplier_contact, Unset):
            supplier_contact = UNSET
        else:
            supplier_contact = DtoValueOfContactInfoUpdateDto.from_dict(_supplier_contact)

        _gl_accounts = d.pop("glAccounts", UNSET)
        gl_accounts: DtoValueOfSupplierGlAccountsUpdateDto | Unset
        if isinstance(_gl_accounts, Unset):
            gl_accounts = UNSET
        else:
            gl_accounts = DtoValueOfSupplierGlAccountsUpdateDto.from_dict(_gl_accounts)

        _supplier_payment_method_details = d.pop("supplierPaymentMethodDetails", UNSET)
        supplier_payment_method_details: list[SupplierPaymentMethodDetailUpdateDto] | Unset = UNSET
        if _supplier_payment_method_details is not UNSET:
            supplier_payment_method_details = []
            for supplier_payment_method_details_item_data in _supplier_payment_method_details:
                supplier_payment_method_details_item = SupplierPaymentMethodDetailUpdateDto.from_dict(
                    supplier_payment_method_details_item_data
                )

                supplier_payment_method_details.append(supplier_payment_method_details_item)

        _attribute_lines = d.pop("attributeLines", UNSET)
        attribute_lines: list[AttributeLineUpdateDto] | Unset = UNSET
        if _attribute_lines is not UNSET:
            attribute_lines = []
            for attribute_lines_item_data in _attribute_lines:
                attribute_lines_item = AttributeLineUpdateDto.from_dict(attribute_lines_item_data)

                attribute_lines.append(attribute_lines_item)

        _retainage_cash_account_id = d.pop("retainageCashAccountID", UNSET)
        retainage_cash_account_id: DtoValueOfString | Unset
        if isinstance(_retainage_cash_account_id, Unset):
            retainage_cash_account_id = UNSET
        else:
            retainage_cash_account_id = DtoValueOfString.from_dict(_retainage_cash_account_id)

        _retainage_apply = d.pop("retainageApply", UNSET)
        retainage_apply: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_retainage_apply, Unset):
            retainage_apply = UNSET
        else:
            retainage_apply = DtoValueOfNullableOfBoolean.from_dict(_retainage_apply)

        _retainage_pct = d.pop("retainagePct", UNSET)
        retainage_pct: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_retainage_pct, Unset):
            retainage_pct = UNSET
        else:
            retainage_pct = DtoValueOfNullableOfDecimal.from_dict(_retainage_pct)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        _override_number_series = d.pop("overrideNumberSeries", UNSET)
        override_number_series: DtoValueOfBoolean | Unset
        if isinstance(_override_number_series, Unset):
            override_number_series = UNSET
        else:
            override_number_series = DtoValueOfBoolean.from_dict(_override_number_series)

        _nace_code = d.pop("naceCode", UNSET)
        nace_code: DtoValueOfString | Unset
        if isinstance(_nace_code, Unset):
            nace_code = UNSET
        else:
            nace_code = DtoValueOfString.from_dict(_nace_code)

        _landed_cost_supplier = d.pop("landedCostSupplier", UNSET)
        landed_cost_supplier: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_landed_cost_supplier, Unset):
            landed_cost_supplier = UNSET
        else:
            landed_cost_supplier = DtoValueOfNullableOfBoolean.from_dict(_landed_cost_supplier)

        supplier_update_dto = cls(
            number=number,
            name=name,
            status=status,
            account_reference=account_reference,
            number_of_employees=number_of_employees,
            parent_record_number=parent_record_number,
            supplier_class_id=supplier_class_id,
            override_with_class_values=override_with_class_values,
            credit_terms_id=credit_terms_id,
            document_language=document_language,
            currency_id=currency_id,
            currency_override=currency_override,
            currency_rate_override=currency_rate_override,
            payment_method_id=payment_method_id,
            cash_account=cash_account,
            payment_lead_time=payment_lead_time,
            payment_ref_display_mask=payment_ref_display_mask,
            pay_separately=pay_separately,
            vat_registration_id=vat_registration_id,
            corporate_id=corporate_id,
            vat_zone_id=vat_zone_id,
            charge_bearer=charge_bearer,
            account_used_for_payment=account_used_for_payment,
            payment_by=payment_by,
            main_address=main_address,
            main_contact=main_contact,
            remit_address=remit_address,
            remit_contact=remit_contact,
            supplier_address=supplier_address,
            supplier_contact=supplier_contact,
            gl_accounts=gl_accounts,
            supplier_payment_method_details=supplier_payment_method_details,
            attribute_lines=attribute_lines,
            retainage_cash_account_id=retainage_cash_account_id,
            retainage_apply=retainage_apply,
            retainage_pct=retainage_pct,
            note=note,
            override_number_series=override_number_series,
            nace_code=nace_code,
            landed_cost_supplier=landed_cost_supplier,
        )

        supplier_update_dto.additional_properties = d
        return supplier_update_dto

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
