from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class CustomerUpdateDto:
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

    number: DtoValueOfString | Unset = UNSET
    name: DtoValueOfString | Unset = UNSET
    status: DtoValueOfCustomerStatus | Unset = UNSET
    account_reference: DtoValueOfString | Unset = UNSET
    number_of_employees: DtoValueOfNullableOfInt32 | Unset = UNSET
    parent_record_number: DtoValueOfString | Unset = UNSET
    currency_id: DtoValueOfString | Unset = UNSET
    credit_limit: DtoValueOfDecimal | Unset = UNSET
    credit_days_past_due: DtoValueOfNullableOfInt16 | Unset = UNSET
    override_with_class_values: bool | Unset = UNSET
    customer_class_id: DtoValueOfString | Unset = UNSET
    credit_terms_id: DtoValueOfString | Unset = UNSET
    print_invoices: DtoValueOfBoolean | Unset = UNSET
    accept_auto_invoices: DtoValueOfBoolean | Unset = UNSET
    send_invoices_by_email: DtoValueOfBoolean | Unset = UNSET
    send_dunning_letters_via_e_mail: DtoValueOfBoolean | Unset = UNSET
    print_dunning_letters: DtoValueOfBoolean | Unset = UNSET
    print_statements: DtoValueOfBoolean | Unset = UNSET
    send_statements_by_email: DtoValueOfBoolean | Unset = UNSET
    print_multi_currency_statements: DtoValueOfBoolean | Unset = UNSET
    invoice_to_default_location: DtoValueOfNullableOfBoolean | Unset = UNSET
    vat_registration_id: DtoValueOfString | Unset = UNSET
    corporate_id: DtoValueOfString | Unset = UNSET
    vat_zone_id: DtoValueOfString | Unset = UNSET
    gln: DtoValueOfString | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    main_address: DtoValueOfAddressUpdateDto | Unset = UNSET
    main_contact: DtoValueOfContactInfoUpdateDto | Unset = UNSET
    credit_verification: DtoValueOfCreditRule | Unset = UNSET
    invoice_address: DtoValueOfAddressUpdateDto | Unset = UNSET
    invoice_contact: DtoValueOfContactInfoUpdateDto | Unset = UNSET
    statement_type: DtoValueOfStatementTypes | Unset = UNSET
    delivery_address: DtoValueOfAddressUpdateDto | Unset = UNSET
    delivery_contact: DtoValueOfContactInfoUpdateDto | Unset = UNSET
    price_class_id: DtoValueOfString | Unset = UNSET
    e_invoice_contract: DtoValueOfEInvoiceContractUpdateDto | Unset = UNSET
    default_payment_method: DtoValueOfCustomerDefaultPaymentMethodUpdateDto | Unset = UNSET
    gl_accounts: DtoValueOfCustomerGlAccountsUpdateDto | Unset = UNSET
    direct_debit_lines: list[CustomerDirectDebitUpdateDto] | Unset = UNSET
    attribute_lines: list[AttributeLineUpdateDto] | Unset = UNSET
    override_number_series: DtoValueOfBoolean | Unset = UNSET
    exclude_debt_collection: DtoValueOfBoolean | Unset = UNSET
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

        currency_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_id, Unset):
            currency_id = self.currency_id.to_dict()

        credit_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_limit, Unset):
            credit_limit = self.credit_limit.to_dict()

        credit_days_past_due: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_days_past_due, Unset):
            credit_days_past_due = self.credit_days_past_due.to_dict()

        override_with_class_values = self.override_with_class_values

        customer_class_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_class_id, Unset):
            customer_class_id = self.customer_class_id.to_dict()

        credit_terms_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_terms_id, Unset):
            credit_terms_id = self.credit_terms_id.to_dict()

        print_invoices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.print_invoices, Unset):
            print_invoices = self.print_invoices.to_dict()

        accept_auto_invoices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accept_auto_invoices, Unset):
            accept_auto_invoices = self.accept_auto_invoices.to_dict()

        send_invoices_by_email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_invoices_by_email, Unset):
            send_invoices_by_email = self.send_invoices_by_email.to_dict()

        send_dunning_letters_via_e_mail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_dunning_letters_via_e_mail, Unset):
            send_dunning_letters_via_e_mail = self.send_dunning_letters_via_e_mail.to_dict()

        print_dunning_letters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.print_dunning_letters, Unset):
            print_dunning_letters = self.print_dunning_letters.to_dict()

        print_statements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.print_statements, Unset):
            print_statements = self.print_statements.to_dict()

        send_statements_by_email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_statements_by_email, Unset):
            send_statements_by_email = self.send_statements_by_email.to_dict()

        print_multi_currency_statements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.print_multi_currency_statements, Unset):
            print_multi_currency_statements = self.print_multi_currency_statements.to_dict()

        invoice_to_default_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_to_default_location, Unset):
            invoice_to_default_location = self.invoice_to_default_location.to_dict()

        vat_registration_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_registration_id, Unset):
            vat_registration_id = self.vat_registration_id.to_dict()

        corporate_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.corporate_id, Unset):
            corporate_id = self.corporate_id.to_dict()

        vat_zone_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_zone_id, Unset):
            vat_zone_id = self.vat_zone_id.to_dict()

        gln: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gln, Unset):
            gln = self.gln.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()

        main_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_contact, Unset):
            main_contact = self.main_contact.to_dict()

        credit_verification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_verification, Unset):
            credit_verification = self.credit_verification.to_dict()

        invoice_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_address, Unset):
            invoice_address = self.invoice_address.to_dict()

        invoice_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_contact, Unset):
            invoice_contact = self.invoice_contact.to_dict()

        statement_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statement_type, Unset):
            statement_type = self.statement_type.to_dict()

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        delivery_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_contact, Unset):
            delivery_contact = self.delivery_contact.to_dict()

        price_class_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_class_id, Unset):
            price_class_id = self.price_class_id.to_dict()

        e_invoice_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.e_invoice_contract, Unset):
            e_invoice_contract = self.e_invoice_contract.to_dict()

        default_payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_payment_method, Unset):
            default_payment_method = self.default_payment_method.to_dict()

        gl_accounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gl_accounts, Unset):
            gl_accounts = self.gl_accounts.to_dict()

        direct_debit_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.direct_debit_lines, Unset):
            direct_debit_lines = []
            for direct_debit_lines_item_data in self.direct_debit_lines:
                direct_debit_lines_item = direct_debit_lines_item_data.to_dict()
                direct_debit_lines.append(direct_debit_lines_item)

        attribute_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attribute_lines, Unset):
            attribute_lines = []
            for attribute_lines_item_data in self.attribute_lines:
                attribute_lines_item = attribute_lines_item_data.to_dict()
                attribute_lines.append(attribute_lines_item)

        override_number_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_number_series, Unset):
            override_number_series = self.override_number_series.to_dict()

        exclude_debt_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exclude_debt_collection, Unset):
            exclude_debt_collection = self.exclude_debt_collection.to_dict()

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
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if credit_limit is not UNSET:
            field_dict["creditLimit"] = credit_limit
        if credit_days_past_due is not UNSET:
            field_dict["creditDaysPastDue"] = credit_days_past_due
        if override_with_class_values is not UNSET:
            field_dict["overrideWithClassValues"] = override_with_class_values
        if customer_class_id is not UNSET:
            field_dict["customerClassId"] = customer_class_id
        if credit_terms_id is not UNSET:
            field_dict["creditTermsId"] = credit_terms_id
        if print_invoices is not UNSET:
            field_dict["printInvoices"] = print_invoices
        if accept_auto_invoices is not UNSET:
            field_dict["acceptAutoInvoices"] = accept_auto_invoices
        if send_invoices_by_email is not UNSET:
            field_dict["sendInvoicesByEmail"] = send_invoices_by_email
        if send_dunning_letters_via_e_mail is not UNSET:
            field_dict["sendDunningLettersViaEMail"] = send_dunning_letters_via_e_mail
        if print_dunning_letters is not UNSET:
            field_dict["printDunningLetters"] = print_dunning_letters
        if print_statements is not UNSET:
            field_dict["printStatements"] = print_statements
        if send_statements_by_email is not UNSET:
            field_dict["sendStatementsByEmail"] = send_statements_by_email
        if print_multi_currency_statements is not UNSET:
            field_dict["printMultiCurrencyStatements"] = print_multi_currency_statements
        if invoice_to_default_location is not UNSET:
            field_dict["invoiceToDefaultLocation"] = invoice_to_default_location
        if vat_registration_id is not UNSET:
            field_dict["vatRegistrationId"] = vat_registration_id
        if corporate_id is not UNSET:
            field_dict["corporateId"] = corporate_id
        if vat_zone_id is not UNSET:
            field_dict["vatZoneId"] = vat_zone_id
        if gln is not UNSET:
            field_dict["gln"] = gln
        if note is not UNSET:
            field_dict["note"] = note
        if main_address is not UNSET:
            field_dict["mainAddress"] = main_address
        if main_contact is not UNSET:
            field_dict["mainContact"] = main_contact
        if credit_verification is not UNSET:
            field_dict["creditVerification"] = credit_verification
        if invoice_address is not UNSET:
            field_dict["invoiceAddress"] = invoice_address
        if invoice_contact is not UNSET:
            field_dict["invoiceContact"] = invoice_contact
        if statement_type is not UNSET:
            field_dict["statementType"] = statement_type
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if delivery_contact is not UNSET:
            field_dict["deliveryContact"] = delivery_contact
        if price_class_id is not UNSET:
            field_dict["priceClassId"] = price_class_id
        if e_invoice_contract is not UNSET:
            field_dict["eInvoiceContract"] = e_invoice_contract
        if default_payment_method is not UNSET:
            field_dict["defaultPaymentMethod"] = default_payment_method
        if gl_accounts is not UNSET:
            field_dict["glAccounts"] = gl_accounts
        if direct_debit_lines is not UNSET:
            field_dict["directDebitLines"] = direct_debit_lines
        if attribute_lines is not UNSET:
            field_dict["attributeLines"] = attribute_lines
        if override_number_series is not UNSET:
            field_dict["overrideNumberSeries"] = override_number_series
        if exclude_debt_collection is not UNSET:
            field_dict["excludeDebtCollection"] = exclude_debt_collection

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
        _instance.status = UNSET if _value is UNSET else _models.DtoValueOfCustomerStatus.from_dict(_value)
        _value = _rest.pop("accountReference", UNSET)
        _instance.account_reference = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("numberOfEmployees", UNSET)
        _instance.number_of_employees = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        )
        _value = _rest.pop("parentRecordNumber", UNSET)
        _instance.parent_record_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("currencyId", UNSET)
        _instance.currency_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("creditLimit", UNSET)
        _instance.credit_limit = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("creditDaysPastDue", UNSET)
        _instance.credit_days_past_due = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt16.from_dict(_value)
        )
        _instance.override_with_class_values = _rest.pop("overrideWithClassValues", UNSET)
        _value = _rest.pop("customerClassId", UNSET)
        _instance.customer_class_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("creditTermsId", UNSET)
        _instance.credit_terms_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("printInvoices", UNSET)
        _instance.print_invoices = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("acceptAutoInvoices", UNSET)
        _instance.accept_auto_invoices = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("sendInvoicesByEmail", UNSET)
        _instance.send_invoices_by_email = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("sendDunningLettersViaEMail", UNSET)
        _instance.send_dunning_letters_via_e_mail = (
            UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("printDunningLetters", UNSET)
        _instance.print_dunning_letters = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("printStatements", UNSET)
        _instance.print_statements = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("sendStatementsByEmail", UNSET)
        _instance.send_statements_by_email = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("printMultiCurrencyStatements", UNSET)
        _instance.print_multi_currency_statements = (
            UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("invoiceToDefaultLocation", UNSET)
        _instance.invoice_to_default_location = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("vatRegistrationId", UNSET)
        _instance.vat_registration_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("corporateId", UNSET)
        _instance.corporate_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("vatZoneId", UNSET)
        _instance.vat_zone_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("gln", UNSET)
        _instance.gln = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("mainAddress", UNSET)
        _instance.main_address = UNSET if _value is UNSET else _models.DtoValueOfAddressUpdateDto.from_dict(_value)
        _value = _rest.pop("mainContact", UNSET)
        _instance.main_contact = UNSET if _value is UNSET else _models.DtoValueOfContactInfoUpdateDto.from_dict(_value)
        _value = _rest.pop("creditVerification", UNSET)
        _instance.credit_verification = UNSET if _value is UNSET else _models.DtoValueOfCreditRule.from_dict(_value)
        _value = _rest.pop("invoiceAddress", UNSET)
        _instance.invoice_address = UNSET if _value is UNSET else _models.DtoValueOfAddressUpdateDto.from_dict(_value)
        _value = _rest.pop("invoiceContact", UNSET)
        _instance.invoice_contact = (
            UNSET if _value is UNSET else _models.DtoValueOfContactInfoUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("statementType", UNSET)
        _instance.statement_type = UNSET if _value is UNSET else _models.DtoValueOfStatementTypes.from_dict(_value)
        _value = _rest.pop("deliveryAddress", UNSET)
        _instance.delivery_address = UNSET if _value is UNSET else _models.DtoValueOfAddressUpdateDto.from_dict(_value)
        _value = _rest.pop("deliveryContact", UNSET)
        _instance.delivery_contact = (
            UNSET if _value is UNSET else _models.DtoValueOfContactInfoUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("priceClassId", UNSET)
        _instance.price_class_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("eInvoiceContract", UNSET)
        _instance.e_invoice_contract = (
            UNSET if _value is UNSET else _models.DtoValueOfEInvoiceContractUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("defaultPaymentMethod", UNSET)
        _instance.default_payment_method = (
            UNSET if _value is UNSET else _models.DtoValueOfCustomerDefaultPaymentMethodUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("glAccounts", UNSET)
        _instance.gl_accounts = (
            UNSET if _value is UNSET else _models.DtoValueOfCustomerGlAccountsUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("directDebitLines", UNSET)
        _instance.direct_debit_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.CustomerDirectDebitUpdateDto.from_dict(direct_debit_lines_item_data)
                for direct_debit_lines_item_data in _value
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
        _value = _rest.pop("overrideNumberSeries", UNSET)
        _instance.override_number_series = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("excludeDebtCollection", UNSET)
        _instance.exclude_debt_collection = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
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
