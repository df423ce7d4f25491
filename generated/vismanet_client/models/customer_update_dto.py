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
    from ..models.customer_direct_debit_update_dto import CustomerDirectDebitUpdateDto
    from ..models.dto_value_of_address_update_dto import DtoValueOfAddressUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_contact_info_update_dto import DtoValueOfContactInfoUpdateDto
    from ..models.dto_value_of_credit_rule import DtoValueOfCreditRule
    from ..models.dto_value_of_customer_default_payment_method_update_dto import (
        DtoValueOfCustomerDefaultPaymentMethodUpdateDto,
    )
    from ..models.dto_value_of_customer_gl_accounts_update_dto import DtoValueOfCustomerGlAccountsUpdateDto
    from ..models.dto_value_of_customer_status import DtoValueOfCustomerStatus
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_e_invoice_contract_update_dto import DtoValueOfEInvoiceContractUpdateDto
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_int_16 import DtoValueOfNullableOfInt16
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_statement_types import DtoValueOfStatementTypes
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CustomerUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "number",
    "name",
    "status",
    "account_reference",
    "number_of_employees",
    "parent_record_number",
    "currency_id",
    "credit_limit",
    "credit_days_past_due",
    "override_with_class_values",
    "customer_class_id",
    "credit_terms_id",
    "print_invoices",
    "accept_auto_invoices",
    "send_invoices_by_email",
    "send_dunning_letters_via_e_mail",
    "print_dunning_letters",
    "print_statements",
    "send_statements_by_email",
    "print_multi_currency_statements",
    "invoice_to_default_location",
    "vat_registration_id",
    "corporate_id",
    "vat_zone_id",
    "gln",
    "note",
    "main_address",
    "main_contact",
    "credit_verification",
    "invoice_address",
    "invoice_contact",
    "statement_type",
    "delivery_address",
    "delivery_contact",
    "price_class_id",
    "e_invoice_contract",
    "default_payment_method",
    "gl_accounts",
    "direct_debit_lines",
    "attribute_lines",
    "override_number_series",
    "exclude_debt_collection",
)


@_attrs_define(repr=False)
class CustomerUpdateDto(GeneratedModel):
    """
    Attributes:
        number (DtoValueOfString | Unset):
        name (DtoValueOfString | Unset):
        status (DtoValueOfCustomerStatus | Unset):
        account_reference (DtoValueOfString | Unset):
        number_of_employees (DtoValueOfNullableOfInt32 | Unset):
        parent_record_number (DtoValueOfString | Unset):
        currency_id (DtoValueOfString | Unset):
        credit_limit (DtoValueOfDecimal | Unset):
        credit_days_past_due (DtoValueOfNullableOfInt16 | Unset):
        override_with_class_values (bool | Unset):
        customer_class_id (DtoValueOfString | Unset):
        credit_terms_id (DtoValueOfString | Unset):
        print_invoices (DtoValueOfBoolean | Unset):
        accept_auto_invoices (DtoValueOfBoolean | Unset):
        send_invoices_by_email (DtoValueOfBoolean | Unset):
        send_dunning_letters_via_e_mail (DtoValueOfBoolean | Unset):
        print_dunning_letters (DtoValueOfBoolean | Unset):
        print_statements (DtoValueOfBoolean | Unset):
        send_statements_by_email (DtoValueOfBoolean | Unset):
        print_multi_currency_statements (DtoValueOfBoolean | Unset):
        invoice_to_default_location (DtoValueOfNullableOfBoolean | Unset):
        vat_registration_id (DtoValueOfString | Unset):
        corporate_id (DtoValueOfString | Unset):
        vat_zone_id (DtoValueOfString | Unset):
        gln (DtoValueOfString | Unset):
        note (DtoValueOfString | Unset):
        main_address (DtoValueOfAddressUpdateDto | Unset):
        main_contact (DtoValueOfContactInfoUpdateDto | Unset):
        credit_verification (DtoValueOfCreditRule | Unset):
        invoice_address (DtoValueOfAddressUpdateDto | Unset):
        invoice_contact (DtoValueOfContactInfoUpdateDto | Unset):
        statement_type (DtoValueOfStatementTypes | Unset):
        delivery_address (DtoValueOfAddressUpdateDto | Unset):
        delivery_contact (DtoValueOfContactInfoUpdateDto | Unset):
        price_class_id (DtoValueOfString | Unset):
        e_invoice_contract (DtoValueOfEInvoiceContractUpdateDto | Unset):
        default_payment_method (DtoValueOfCustomerDefaultPaymentMethodUpdateDto | Unset):
        gl_accounts (DtoValueOfCustomerGlAccountsUpdateDto | Unset):
        direct_debit_lines (list[CustomerDirectDebitUpdateDto] | Unset): Update direct debit information for a
            customer(only for Netherlands)
        attribute_lines (list[AttributeLineUpdateDto] | Unset):
        override_number_series (DtoValueOfBoolean | Unset):
        exclude_debt_collection (DtoValueOfBoolean | Unset):
    """

    number: DtoValueOfString | Unset | None = UNSET
    name: DtoValueOfString | Unset | None = UNSET
    status: DtoValueOfCustomerStatus | Unset | None = UNSET
    account_reference: DtoValueOfString | Unset | None = UNSET
    number_of_employees: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    parent_record_number: DtoValueOfString | Unset | None = UNSET
    currency_id: DtoValueOfString | Unset | None = UNSET
    credit_limit: DtoValueOfDecimal | Unset | None = UNSET
    credit_days_past_due: DtoValueOfNullableOfInt16 | Unset | None = UNSET
    override_with_class_values: bool | Unset | None = UNSET
    customer_class_id: DtoValueOfString | Unset | None = UNSET
    credit_terms_id: DtoValueOfString | Unset | None = UNSET
    print_invoices: DtoValueOfBoolean | Unset | None = UNSET
    accept_auto_invoices: DtoValueOfBoolean | Unset | None = UNSET
    send_invoices_by_email: DtoValueOfBoolean | Unset | None = UNSET
    send_dunning_letters_via_e_mail: DtoValueOfBoolean | Unset | None = UNSET
    print_dunning_letters: DtoValueOfBoolean | Unset | None = UNSET
    print_statements: DtoValueOfBoolean | Unset | None = UNSET
    send_statements_by_email: DtoValueOfBoolean | Unset | None = UNSET
    print_multi_currency_statements: DtoValueOfBoolean | Unset | None = UNSET
    invoice_to_default_location: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    vat_registration_id: DtoValueOfString | Unset | None = UNSET
    corporate_id: DtoValueOfString | Unset | None = UNSET
    vat_zone_id: DtoValueOfString | Unset | None = UNSET
    gln: DtoValueOfString | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    main_address: DtoValueOfAddressUpdateDto | Unset | None = UNSET
    main_contact: DtoValueOfContactInfoUpdateDto | Unset | None = UNSET
    credit_verification: DtoValueOfCreditRule | Unset | None = UNSET
    invoice_address: DtoValueOfAddressUpdateDto | Unset | None = UNSET
    invoice_contact: DtoValueOfContactInfoUpdateDto | Unset | None = UNSET
    statement_type: DtoValueOfStatementTypes | Unset | None = UNSET
    delivery_address: DtoValueOfAddressUpdateDto | Unset | None = UNSET
    delivery_contact: DtoValueOfContactInfoUpdateDto | Unset | None = UNSET
    price_class_id: DtoValueOfString | Unset | None = UNSET
    e_invoice_contract: DtoValueOfEInvoiceContractUpdateDto | Unset | None = UNSET
    default_payment_method: DtoValueOfCustomerDefaultPaymentMethodUpdateDto | Unset | None = UNSET
    gl_accounts: DtoValueOfCustomerGlAccountsUpdateDto | Unset | None = UNSET
    direct_debit_lines: list[CustomerDirectDebitUpdateDto] | Unset | None = UNSET
    attribute_lines: list[AttributeLineUpdateDto] | Unset | None = UNSET
    override_number_series: DtoValueOfBoolean | Unset | None = UNSET
    exclude_debt_collection: DtoValueOfBoolean | Unset | None = UNSET
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
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.credit_limit
        if _value is not UNSET:
            field_dict["creditLimit"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.credit_days_past_due
        if _value is not UNSET:
            field_dict["creditDaysPastDue"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override_with_class_values
        if _value is not UNSET:
            field_dict["overrideWithClassValues"] = _value
        _value = self.customer_class_id
        if _value is not UNSET:
            field_dict["customerClassId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.credit_terms_id
        if _value is not UNSET:
            field_dict["creditTermsId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.print_invoices
        if _value is not UNSET:
            field_dict["printInvoices"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.accept_auto_invoices
        if _value is not UNSET:
            field_dict["acceptAutoInvoices"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.send_invoices_by_email
        if _value is not UNSET:
            field_dict["sendInvoicesByEmail"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.send_dunning_letters_via_e_mail
        if _value is not UNSET:
            field_dict["sendDunningLettersViaEMail"] = (
                _value.to_dict() if isinstance(_value, GeneratedModel) else _value
            )
        _value = self.print_dunning_letters
        if _value is not UNSET:
            field_dict["printDunningLetters"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.print_statements
        if _value is not UNSET:
            field_dict["printStatements"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.send_statements_by_email
        if _value is not UNSET:
            field_dict["sendStatementsByEmail"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.print_multi_currency_statements
        if _value is not UNSET:
            field_dict["printMultiCurrencyStatements"] = (
                _value.to_dict() if isinstance(_value, GeneratedModel) else _value
            )
        _value = self.invoice_to_default_location
        if _value is not UNSET:
            field_dict["invoiceToDefaultLocation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_registration_id
        if _value is not UNSET:
            field_dict["vatRegistrationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.corporate_id
        if _value is not UNSET:
            field_dict["corporateId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_zone_id
        if _value is not UNSET:
            field_dict["vatZoneId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.gln
        if _value is not UNSET:
            field_dict["gln"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.main_address
        if _value is not UNSET:
            field_dict["mainAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.main_contact
        if _value is not UNSET:
            field_dict["mainContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.credit_verification
        if _value is not UNSET:
            field_dict["creditVerification"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_address
        if _value is not UNSET:
            field_dict["invoiceAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_contact
        if _value is not UNSET:
            field_dict["invoiceContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.statement_type
        if _value is not UNSET:
            field_dict["statementType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.delivery_address
        if _value is not UNSET:
            field_dict["deliveryAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.delivery_contact
        if _value is not UNSET:
            field_dict["deliveryContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.price_class_id
        if _value is not UNSET:
            field_dict["priceClassId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.e_invoice_contract
        if _value is not UNSET:
            field_dict["eInvoiceContract"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.default_payment_method
        if _value is not UNSET:
            field_dict["defaultPaymentMethod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.gl_accounts
        if _value is not UNSET:
            field_dict["glAccounts"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.direct_debit_lines
        if _value is not UNSET:
            field_dict["directDebitLines"] = (
                [
                    direct_debit_lines_item_data.to_dict()
                    if isinstance(direct_debit_lines_item_data, GeneratedModel)
                    else direct_debit_lines_item_data
                    for direct_debit_lines_item_data in _value
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
        _value = self.override_number_series
        if _value is not UNSET:
            field_dict["overrideNumberSeries"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.exclude_debt_collection
        if _value is not UNSET:
            field_dict["excludeDebtCollection"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CustomerUpdateDto or src_dict.__class__ is not dict:
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
            _models.DtoValueOfCustomerStatus._vn_fill(_new(_models.DtoValueOfCustomerStatus), _value)
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
        _value = _rest.pop("currencyId", UNSET)
        self.currency_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditLimit", UNSET)
        self.credit_limit = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditDaysPastDue", UNSET)
        self.credit_days_past_due = (
            _models.DtoValueOfNullableOfInt16._vn_fill(_new(_models.DtoValueOfNullableOfInt16), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.override_with_class_values = _rest.pop("overrideWithClassValues", UNSET)
        _value = _rest.pop("customerClassId", UNSET)
        self.customer_class_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditTermsId", UNSET)
        self.credit_terms_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("printInvoices", UNSET)
        self.print_invoices = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("acceptAutoInvoices", UNSET)
        self.accept_auto_invoices = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("sendInvoicesByEmail", UNSET)
        self.send_invoices_by_email = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("sendDunningLettersViaEMail", UNSET)
        self.send_dunning_letters_via_e_mail = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("printDunningLetters", UNSET)
        self.print_dunning_letters = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("printStatements", UNSET)
        self.print_statements = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("sendStatementsByEmail", UNSET)
        self.send_statements_by_email = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("printMultiCurrencyStatements", UNSET)
        self.print_multi_currency_statements = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceToDefaultLocation", UNSET)
        self.invoice_to_default_location = (
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
        _value = _rest.pop("gln", UNSET)
        self.gln = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
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
        _value = _rest.pop("creditVerification", UNSET)
        self.credit_verification = (
            _models.DtoValueOfCreditRule._vn_fill(_new(_models.DtoValueOfCreditRule), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceAddress", UNSET)
        self.invoice_address = (
            _models.DtoValueOfAddressUpdateDto._vn_fill(_new(_models.DtoValueOfAddressUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceContact", UNSET)
        self.invoice_contact = (
            _models.DtoValueOfContactInfoUpdateDto._vn_fill(_new(_models.DtoValueOfContactInfoUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("statementType", UNSET)
        self.statement_type = (
            _models.DtoValueOfStatementTypes._vn_fill(_new(_models.DtoValueOfStatementTypes), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("deliveryAddress", UNSET)
        self.delivery_address = (
            _models.DtoValueOfAddressUpdateDto._vn_fill(_new(_models.DtoValueOfAddressUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("deliveryContact", UNSET)
        self.delivery_contact = (
            _models.DtoValueOfContactInfoUpdateDto._vn_fill(_new(_models.DtoValueOfContactInfoUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("priceClassId", UNSET)
        self.price_class_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("eInvoiceContract", UNSET)
        self.e_invoice_contract = (
            _models.DtoValueOfEInvoiceContractUpdateDto._vn_fill(
                _new(_models.DtoValueOfEInvoiceContractUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("defaultPaymentMethod", UNSET)
        self.default_payment_method = (
            _models.DtoValueOfCustomerDefaultPaymentMethodUpdateDto._vn_fill(
                _new(_models.DtoValueOfCustomerDefaultPaymentMethodUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("glAccounts", UNSET)
        self.gl_accounts = (
            _models.DtoValueOfCustomerGlAccountsUpdateDto._vn_fill(
                _new(_models.DtoValueOfCustomerGlAccountsUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("directDebitLines", UNSET)
        self.direct_debit_lines = (
            [
                _models.CustomerDirectDebitUpdateDto._vn_fill(
                    _new(_models.CustomerDirectDebitUpdateDto), direct_debit_lines_item_data
                )
                if isinstance(direct_debit_lines_item_data, dict)
                else direct_debit_lines_item_data
                for direct_debit_lines_item_data in _value
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
        _value = _rest.pop("overrideNumberSeries", UNSET)
        self.override_number_series = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("excludeDebtCollection", UNSET)
        self.exclude_debt_collection = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
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
        ("status", "status", False, ("model", "DtoValueOfCustomerStatus")),
        ("account_reference", "accountReference", False, ("model", "DtoValueOfString")),
        ("number_of_employees", "numberOfEmployees", False, ("model", "DtoValueOfNullableOfInt32")),
        ("parent_record_number", "parentRecordNumber", False, ("model", "DtoValueOfString")),
        ("currency_id", "currencyId", False, ("model", "DtoValueOfString")),
        ("credit_limit", "creditLimit", False, ("model", "DtoValueOfDecimal")),
        ("credit_days_past_due", "creditDaysPastDue", False, ("model", "DtoValueOfNullableOfInt16")),
        ("override_with_class_values", "overrideWithClassValues", False, "bool"),
        ("customer_class_id", "customerClassId", False, ("model", "DtoValueOfString")),
        ("credit_terms_id", "creditTermsId", False, ("model", "DtoValueOfString")),
        ("print_invoices", "printInvoices", False, ("model", "DtoValueOfBoolean")),
        ("accept_auto_invoices", "acceptAutoInvoices", False, ("model", "DtoValueOfBoolean")),
        ("send_invoices_by_email", "sendInvoicesByEmail", False, ("model", "DtoValueOfBoolean")),
        ("send_dunning_letters_via_e_mail", "sendDunningLettersViaEMail", False, ("model", "DtoValueOfBoolean")),
        ("print_dunning_letters", "printDunningLetters", False, ("model", "DtoValueOfBoolean")),
        ("print_statements", "printStatements", False, ("model", "DtoValueOfBoolean")),
        ("send_statements_by_email", "sendStatementsByEmail", False, ("model", "DtoValueOfBoolean")),
        ("print_multi_currency_statements", "printMultiCurrencyStatements", False, ("model", "DtoValueOfBoolean")),
        ("invoice_to_default_location", "invoiceToDefaultLocation", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("vat_registration_id", "vatRegistrationId", False, ("model", "DtoValueOfString")),
        ("corporate_id", "corporateId", False, ("model", "DtoValueOfString")),
        ("vat_zone_id", "vatZoneId", False, ("model", "DtoValueOfString")),
        ("gln", "gln", False, ("model", "DtoValueOfString")),
        ("note", "note", False, ("model", "DtoValueOfString")),
        ("main_address", "mainAddress", False, ("model", "DtoValueOfAddressUpdateDto")),
        ("main_contact", "mainContact", False, ("model", "DtoValueOfContactInfoUpdateDto")),
        ("credit_verification", "creditVerification", False, ("model", "DtoValueOfCreditRule")),
        ("invoice_address", "invoiceAddress", False, ("model", "DtoValueOfAddressUpdateDto")),
        ("invoice_contact", "invoiceContact", False, ("model", "DtoValueOfContactInfoUpdateDto")),
        ("statement_type", "statementType", False, ("model", "DtoValueOfStatementTypes")),
        ("delivery_address", "deliveryAddress", False, ("model", "DtoValueOfAddressUpdateDto")),
        ("delivery_contact", "deliveryContact", False, ("model", "DtoValueOfContactInfoUpdateDto")),
        ("price_class_id", "priceClassId", False, ("model", "DtoValueOfString")),
        ("e_invoice_contract", "eInvoiceContract", False, ("model", "DtoValueOfEInvoiceContractUpdateDto")),
        (
            "default_payment_method",
            "defaultPaymentMethod",
            False,
            ("model", "DtoValueOfCustomerDefaultPaymentMethodUpdateDto"),
        ),
        ("gl_accounts", "glAccounts", False, ("model", "DtoValueOfCustomerGlAccountsUpdateDto")),
        ("direct_debit_lines", "directDebitLines", False, ("list", ("model", "CustomerDirectDebitUpdateDto"))),
        ("attribute_lines", "attributeLines", False, ("list", ("model", "AttributeLineUpdateDto"))),
        ("override_number_series", "overrideNumberSeries", False, ("model", "DtoValueOfBoolean")),
        ("exclude_debt_collection", "excludeDebtCollection", False, ("model", "DtoValueOfBoolean")),
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


_Lazy = _lazy_twin(CustomerUpdateDto)
