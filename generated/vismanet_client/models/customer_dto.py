from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.customer_dto_credit_verification import (
    CustomerDtoCreditVerification,
)
from ..models.customer_dto_statement_type import CustomerDtoStatementType
from ..models.customer_dto_status import CustomerDtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.attribute_id_value_dto import AttributeIdValueDto
    from ..models.credit_terms_in_customer_dto import CreditTermsInCustomerDto
    from ..models.customer_class_in_customer_dto import CustomerClassInCustomerDto
    from ..models.customer_direct_debit_dto import CustomerDirectDebitDto
    from ..models.customer_payment_method_info_dto import CustomerPaymentMethodInfoDto
    from ..models.delivery_address_in_customer_dto import DeliveryAddressInCustomerDto
    from ..models.delivery_contact_in_customer_dto import DeliveryContactInCustomerDto
    from ..models.e_invoice_contract_in_customer_dto import EInvoiceContractInCustomerDto
    from ..models.gl_accounts_in_customer_dto import GlAccountsInCustomerDto
    from ..models.invoice_address_in_customer_dto import InvoiceAddressInCustomerDto
    from ..models.invoice_contact_in_customer_dto import InvoiceContactInCustomerDto
    from ..models.location_in_customer_dto import LocationInCustomerDto
    from ..models.main_address_in_customer_dto import MainAddressInCustomerDto
    from ..models.main_contact_in_customer_dto import MainContactInCustomerDto
    from ..models.metadata_dto import MetadataDto
    from ..models.parent_record_dto import ParentRecordDto
    from ..models.price_class_in_customer_dto import PriceClassInCustomerDto
    from ..models.vat_zone_in_customer_dto import VatZoneInCustomerDto


T = TypeVar("T", bound="CustomerDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "internal_id",
    "number",
    "name",
    "status",
    "main_address",
    "main_contact",
    "account_reference",
    "parent_record",
    "customer_class",
    "credit_terms",
    "currency_id",
    "credit_verification",
    "credit_limit",
    "credit_days_past_due",
    "invoice_address",
    "invoice_contact",
    "print_invoices",
    "accept_auto_invoices",
    "send_invoices_by_email",
    "send_dunning_letters_via_e_mail",
    "print_dunning_letters",
    "print_statements",
    "send_statements_by_email",
    "print_multi_currency_statements",
    "statement_type",
    "delivery_address",
    "delivery_contact",
    "vat_registration_id",
    "corporate_id",
    "gln",
    "vat_zone",
    "location",
    "attributes",
    "last_modified_date_time",
    "created_date_time",
    "direct_debit_lines",
    "price_class",
    "gl_accounts",
    "invoice_to_default_location",
    "e_invoice_contract",
    "payment_methods",
    "default_payment_method_id",
    "number_of_employees",
    "exclude_debt_collection",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class CustomerDto(GeneratedModel):
    """This class represents a customer in CustomerController. Used by getting data.

    Attributes:
        internal_id (int | Unset):
        number (str | Unset): Mandatory field: The top part &gt; Customer ID* &gt; The ID of the customer account, which
            is defined by the BIZACCT segmented key or by the CUSTOMER segmented key. When you are creating a new customer,
            you must specify an ID.
        name (str | Unset): Mandatory field: The top part &gt; Customer name* &gt; The name of the customer to appear in
            the system, which may be a trade name or a doing-business-as (DBA) name.
        status (CustomerDtoStatus | Unset): Mandatory field: The top part &gt; Status* &gt; The status of the customer
            account. You can select one of the following options: Active, On hold, Credit hold, Inactive, One time.
        main_address (MainAddressInCustomerDto | Unset): General information tab &gt; Main address section &gt;
        main_contact (MainContactInCustomerDto | Unset): General information tab &gt; Main contact section &gt;
        account_reference (str | Unset): General information tab &gt; Main contact section &gt; Account ref. &gt; Your
            company's account number in the customer's system.
        parent_record (ParentRecordDto | Unset):
        customer_class (CustomerClassInCustomerDto | Unset): Mandatory field: General information tab &gt; Financial
            settings section &gt; Customer class* &gt; The class to which the customer is assigned.
        credit_terms (CreditTermsInCustomerDto | Unset): General information tab &gt; Financial settings section &gt;
            Terms &gt; The type of credit terms used in operations with the customer.
        currency_id (str | Unset): The General information tab &gt; Financial settings section &gt; Currency ID &gt; The
            currency used in operations with the customer, which you can select from the list of currencies defined in the
            system.
        credit_verification (CustomerDtoCreditVerification | Unset): The General information tab &gt; Credit
            verification rules &gt; Credit verification &gt; The credit rule applied to this customer. The following options
            are available: Days past due, Credit limit, Limit and days past due, disabled.
        credit_limit (float | Unset): The General information tab &gt; Credit verification rules section &gt; Credit
            limit &gt; The amount, if applicable, that serves as a credit limit for the customer.
        credit_days_past_due (int | Unset): General information tab &gt; Credit verification rules section &gt; Credit
            days past due &gt; The maximum number of days by which the customer payment may exceed the invoice date.
        invoice_address (InvoiceAddressInCustomerDto | Unset): Invoicing settings tab &gt; Invoice address section &gt;
        invoice_contact (InvoiceContactInCustomerDto | Unset): Invoicing setting tab &gt; Invoice contact section &gt;
        print_invoices (bool | Unset): Invoicing settings &gt; Print and email settings section &gt; Print invoices &gt;
            A check box that, if selected, indicates that invoices can be printed in the Print invoice (AR508000) window.
        accept_auto_invoices (bool | Unset): Invoicing settings &gt; Print and email settings section &gt; Send invoices
            to AutoInvoice &gt; Select this check box if you are using AutoInvoice and want to send invoices directly to
            this service.
        send_invoices_by_email (bool | Unset): Invoicing settings &gt; Print and email settings section &gt; Send
            invoices by email &gt; A check box that, if selected, indicates that you can send invoices by email by using the
            Print invoices (AR508000) window.
        send_dunning_letters_via_e_mail (bool | Unset): Invoicing settings &gt; Print and email settings section &gt;
            Print statements &gt; A check box that, if selected, indicates that statements can be printed in the Print
            statements (AR503500) window.
        print_dunning_letters (bool | Unset): Invoicing settings &gt; Email settings section &gt; A check box that, if
            selected, indicates that statements can be send to email (AR503500) window.
        print_statements (bool | Unset): Invoicing settings &gt; Print settings section &gt; A check box that, if
            selected, indicates that statements can be printed in the to email (AR503500) window.
        send_statements_by_email (bool | Unset): Invoicing settings &gt; Print and email settings section &gt; Send
            statement by email &gt; A check box that, if selected, indicates that statements can be sent by email to
            customers of the class in the Print statements  (AR503500) window.
        print_multi_currency_statements (bool | Unset): Invoicing settings &gt; Print and email settings section &gt;
            Multi-currency statements &gt; A check box that indicates (if selected) that this customer's statements must be
            printed in multi-currency format.
        statement_type (CustomerDtoStatementType | Unset): Invoicing settings &gt; Print and email settings section &gt;
            Statement type &gt; The statement type used by default in relations with the customer, which can be one of the
            following: Open item, Balance brought forward.
        delivery_address (DeliveryAddressInCustomerDto | Unset): Delivery settings tab &gt; Shipping address section
            &gt;
        delivery_contact (DeliveryContactInCustomerDto | Unset): Delivery settings tab &gt; Shipping contact section
            &gt;
        vat_registration_id (str | Unset): Deliver settings tab &gt; Default location settings section &gt; VAT
            registration ID &gt; The customer's taxpayer ID associated with the location.
        corporate_id (str | Unset): Delivery settings tab &gt; Default location settings section &gt; Corporate ID &gt;
            The customers company ID, associated with the location.
        gln (str | Unset): Delivery settings tab &gt; Default location settings section &gt; GLN &gt; The Global
            Location Number, associated with the location.
        vat_zone (VatZoneInCustomerDto | Unset): Mandatory field: Delivery settings tab &gt; Default location settings
            section &gt; VAT Zone* &gt; The VAT zone of the customer's default location.
        location (LocationInCustomerDto | Unset): Delivery settings tab &gt; Default location settings section &gt;
            Location name &gt; A description of the customer location.
        attributes (list[AttributeIdValueDto] | Unset): Information collected from the system. Not visible on the
            screen.
        last_modified_date_time (datetime.datetime | Unset): Information collected from the system. Not visible on the
            screen.
        created_date_time (datetime.datetime | Unset): Information collected from the system. Not visible on the screen.
        direct_debit_lines (list[CustomerDirectDebitDto] | Unset): Information collected from the system. Not visible on
            the screen.
        price_class (PriceClassInCustomerDto | Unset): Deliver settings tab &gt; Default location settings section &gt;
            Price class &gt; The price class assigned to the customer.
        gl_accounts (GlAccountsInCustomerDto | Unset): Information collected from the system. Some accounts visible in
            window, some not.
        invoice_to_default_location (bool | Unset): Delivery settings tab &gt; Default location settings &gt; Invoice to
            default location &gt; A check box indicating that the default location is to be used.
        e_invoice_contract (EInvoiceContractInCustomerDto | Unset): Other invoice settings tab.
        payment_methods (list[CustomerPaymentMethodInfoDto] | Unset): Payment methods tab.
        default_payment_method_id (str | Unset): Invoicing settings tab &gt; Default payment method section &gt; The
            default payment method.
        number_of_employees (int | Unset): Legal requirements that all companies with more than 250 employees keep track
            of their business accounts
        exclude_debt_collection (bool | Unset): Exclude Debt Collection for Autocollect
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    internal_id: int | Unset | None = UNSET
    number: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    status: CustomerDtoStatus | Unset | None = UNSET
    main_address: MainAddressInCustomerDto | Unset | None = UNSET
    main_contact: MainContactInCustomerDto | Unset | None = UNSET
    account_reference: str | Unset | None = UNSET
    parent_record: ParentRecordDto | Unset | None = UNSET
    customer_class: CustomerClassInCustomerDto | Unset | None = UNSET
    credit_terms: CreditTermsInCustomerDto | Unset | None = UNSET
    currency_id: str | Unset | None = UNSET
    credit_verification: CustomerDtoCreditVerification | Unset | None = UNSET
    credit_limit: float | Unset | None = UNSET
    credit_days_past_due: int | Unset | None = UNSET
    invoice_address: InvoiceAddressInCustomerDto | Unset | None = UNSET
    invoice_contact: InvoiceContactInCustomerDto | Unset | None = UNSET
    print_invoices: bool | Unset | None = UNSET
    accept_auto_invoices: bool | Unset | None = UNSET
    send_invoices_by_email: bool | Unset | None = UNSET
    send_dunning_letters_via_e_mail: bool | Unset | None = UNSET
    print_dunning_letters: bool | Unset | None = UNSET
    print_statements: bool | Unset | None = UNSET
    send_statements_by_email: bool | Unset | None = UNSET
    print_multi_currency_statements: bool | Unset | None = UNSET
    statement_type: CustomerDtoStatementType | Unset | None = UNSET
    delivery_address: DeliveryAddressInCustomerDto | Unset | None = UNSET
    delivery_contact: DeliveryContactInCustomerDto | Unset | None = UNSET
    vat_registration_id: str | Unset | None = UNSET
    corporate_id: str | Unset | None = UNSET
    gln: str | Unset | None = UNSET
    vat_zone: VatZoneInCustomerDto | Unset | None = UNSET
    location: LocationInCustomerDto | Unset | None = UNSET
    attributes: list[AttributeIdValueDto] | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    created_date_time: datetime.datetime | Unset | None = UNSET
    direct_debit_lines: list[CustomerDirectDebitDto] | Unset | None = UNSET
    price_class: PriceClassInCustomerDto | Unset | None = UNSET
    gl_accounts: GlAccountsInCustomerDto | Unset | None = UNSET
    invoice_to_default_location: bool | Unset | None = UNSET
    e_invoice_contract: EInvoiceContractInCustomerDto | Unset | None = UNSET
    payment_methods: list[CustomerPaymentMethodInfoDto] | Unset | None = UNSET
    default_payment_method_id: str | Unset | None = UNSET
    number_of_employees: int | Unset | None = UNSET
    exclude_debt_collection: bool | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.internal_id
        if _value is not UNSET:
            field_dict["internalId"] = _value
        _value = self.number
        if _value is not UNSET:
            field_dict["number"] = _value
        _value = self.name
        if _value is not UNSET:
            field_dict["name"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.main_address
        if _value is not UNSET:
            field_dict["mainAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.main_contact
        if _value is not UNSET:
            field_dict["mainContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account_reference
        if _value is not UNSET:
            field_dict["accountReference"] = _value
        _value = self.parent_record
        if _value is not UNSET:
            field_dict["parentRecord"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_class
        if _value is not UNSET:
            field_dict["customerClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.credit_terms
        if _value is not UNSET:
            field_dict["creditTerms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value
        _value = self.credit_verification
        if _value is not UNSET:
            field_dict["creditVerification"] = _value
        _value = self.credit_limit
        if _value is not UNSET:
            field_dict["creditLimit"] = _value
        _value = self.credit_days_past_due
        if _value is not UNSET:
            field_dict["creditDaysPastDue"] = _value
        _value = self.invoice_address
        if _value is not UNSET:
            field_dict["invoiceAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_contact
        if _value is not UNSET:
            field_dict["invoiceContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.print_invoices
        if _value is not UNSET:
            field_dict["printInvoices"] = _value
        _value = self.accept_auto_invoices
        if _value is not UNSET:
            field_dict["acceptAutoInvoices"] = _value
        _value = self.send_invoices_by_email
        if _value is not UNSET:
            field_dict["sendInvoicesByEmail"] = _value
        _value = self.send_dunning_letters_via_e_mail
        if _value is not UNSET:
            field_dict["sendDunningLettersViaEMail"] = _value
        _value = self.print_dunning_letters
        if _value is not UNSET:
            field_dict["printDunningLetters"] = _value
        _value = self.print_statements
        if _value is not UNSET:
            field_dict["printStatements"] = _value
        _value = self.send_statements_by_email
        if _value is not UNSET:
            field_dict["sendStatementsByEmail"] = _value
        _value = self.print_multi_currency_statements
        if _value is not UNSET:
            field_dict["printMultiCurrencyStatements"] = _value
        _value = self.statement_type
        if _value is not UNSET:
            field_dict["statementType"] = _value
        _value = self.delivery_address
        if _value is not UNSET:
            field_dict["deliveryAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.delivery_contact
        if _value is not UNSET:
            field_dict["deliveryContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_registration_id
        if _value is not UNSET:
            field_dict["vatRegistrationId"] = _value
        _value = self.corporate_id
        if _value is not UNSET:
            field_dict["corporateId"] = _value
        _value = self.gln
        if _value is not UNSET:
            field_dict["gln"] = _value
        _value = self.vat_zone
        if _value is not UNSET:
            field_dict["vatZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.attributes
        if _value is not UNSET:
            field_dict["attributes"] = (
                [
                    attributes_item_data.to_dict()
                    if isinstance(attributes_item_data, GeneratedModel)
                    else attributes_item_data
                    for attributes_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.created_date_time
        if _value is not UNSET:
            field_dict["createdDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
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
        _value = self.price_class
        if _value is not UNSET:
            field_dict["priceClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.gl_accounts
        if _value is not UNSET:
            field_dict["glAccounts"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_to_default_location
        if _value is not UNSET:
            field_dict["invoiceToDefaultLocation"] = _value
        _value = self.e_invoice_contract
        if _value is not UNSET:
            field_dict["eInvoiceContract"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_methods
        if _value is not UNSET:
            field_dict["paymentMethods"] = (
                [
                    payment_methods_item_data.to_dict()
                    if isinstance(payment_methods_item_data, GeneratedModel)
                    else payment_methods_item_data
                    for payment_methods_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.default_payment_method_id
        if _value is not UNSET:
            field_dict["defaultPaymentMethodId"] = _value
        _value = self.number_of_employees
        if _value is not UNSET:
            field_dict["numberOfEmployees"] = _value
        _value = self.exclude_debt_collection
        if _value is not UNSET:
            field_dict["excludeDebtCollection"] = _value
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CustomerDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.internal_id = _rest.pop("internalId", UNSET)
        self.number = _rest.pop("number", UNSET)
        self.name = _rest.pop("name", UNSET)
        self.status = _rest.pop("status", UNSET)
        _value = _rest.pop("mainAddress", UNSET)
        self.main_address = (
            _models.MainAddressInCustomerDto._vn_fill(_new(_models.MainAddressInCustomerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("mainContact", UNSET)
        self.main_contact = (
            _models.MainContactInCustomerDto._vn_fill(_new(_models.MainContactInCustomerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.account_reference = _rest.pop("accountReference", UNSET)
        _value = _rest.pop("parentRecord", UNSET)
        self.parent_record = (
            _models.ParentRecordDto._vn_fill(_new(_models.ParentRecordDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerClass", UNSET)
        self.customer_class = (
            _models.CustomerClassInCustomerDto._vn_fill(_new(_models.CustomerClassInCustomerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditTerms", UNSET)
        self.credit_terms = (
            _models.CreditTermsInCustomerDto._vn_fill(_new(_models.CreditTermsInCustomerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.currency_id = _rest.pop("currencyId", UNSET)
        self.credit_verification = _rest.pop("creditVerification", UNSET)
        self.credit_limit = _rest.pop("creditLimit", UNSET)
        self.credit_days_past_due = _rest.pop("creditDaysPastDue", UNSET)
        _value = _rest.pop("invoiceAddress", UNSET)
        self.invoice_address = (
            _models.InvoiceAddressInCustomerDto._vn_fill(_new(_models.InvoiceAddressInCustomerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceContact", UNSET)
        self.invoice_contact = (
            _models.InvoiceContactInCustomerDto._vn_fill(_new(_models.InvoiceContactInCustomerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.print_invoices = _rest.pop("printInvoices", UNSET)
        self.accept_auto_invoices = _rest.pop("acceptAutoInvoices", UNSET)
        self.send_invoices_by_email = _rest.pop("sendInvoicesByEmail", UNSET)
        self.send_dunning_letters_via_e_mail = _rest.pop("sendDunningLettersViaEMail", UNSET)
        self.print_dunning_letters = _rest.pop("printDunningLetters", UNSET)
        self.print_statements = _rest.pop("printStatements", UNSET)
        self.send_statements_by_email = _rest.pop("sendStatementsByEmail", UNSET)
        self.print_multi_currency_statements = _rest.pop("printMultiCurrencyStatements", UNSET)
        self.statement_type = _rest.pop("statementType", UNSET)
        _value = _rest.pop("deliveryAddress", UNSET)
        self.delivery_address = (
            _models.DeliveryAddressInCustomerDto._vn_fill(_new(_models.DeliveryAddressInCustomerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("deliveryContact", UNSET)
        self.delivery_contact = (
            _models.DeliveryContactInCustomerDto._vn_fill(_new(_models.DeliveryContactInCustomerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.vat_registration_id = _rest.pop("vatRegistrationId", UNSET)
        self.corporate_id = _rest.pop("corporateId", UNSET)
        self.gln = _rest.pop("gln", UNSET)
        _value = _rest.pop("vatZone", UNSET)
        self.vat_zone = (
            _models.VatZoneInCustomerDto._vn_fill(_new(_models.VatZoneInCustomerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInCustomerDto._vn_fill(_new(_models.LocationInCustomerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("attributes", UNSET)
        self.attributes = (
            [
                _models.AttributeIdValueDto._vn_fill(_new(_models.AttributeIdValueDto), attributes_item_data)
                if isinstance(attributes_item_data, dict)
                else attributes_item_data
                for attributes_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("createdDateTime", UNSET)
        self.created_date_time = _parse_datetime(_value)
        _value = _rest.pop("directDebitLines", UNSET)
        self.direct_debit_lines = (
            [
                _models.CustomerDirectDebitDto._vn_fill(
                    _new(_models.CustomerDirectDebitDto), direct_debit_lines_item_data
                )
                if isinstance(direct_debit_lines_item_data, dict)
                else direct_debit_lines_item_data
                for direct_debit_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("priceClass", UNSET)
        self.price_class = (
            _models.PriceClassInCustomerDto._vn_fill(_new(_models.PriceClassInCustomerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("glAccounts", UNSET)
        self.gl_accounts = (
            _models.GlAccountsInCustomerDto._vn_fill(_new(_models.GlAccountsInCustomerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.invoice_to_default_location = _rest.pop("invoiceToDefaultLocation", UNSET)
        _value = _rest.pop("eInvoiceContract", UNSET)
        self.e_invoice_contract = (
            _models.EInvoiceContractInCustomerDto._vn_fill(_new(_models.EInvoiceContractInCustomerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentMethods", UNSET)
        self.payment_methods = (
            [
                _models.CustomerPaymentMethodInfoDto._vn_fill(
                    _new(_models.CustomerPaymentMethodInfoDto), payment_methods_item_data
                )
                if isinstance(payment_methods_item_data, dict)
                else payment_methods_item_data
                for payment_methods_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.default_payment_method_id = _rest.pop("defaultPaymentMethodId", UNSET)
        self.number_of_employees = _rest.pop("numberOfEmployees", UNSET)
        self.exclude_debt_collection = _rest.pop("excludeDebtCollection", UNSET)
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("internal_id", "internalId", False, "int"),
        ("number", "number", False, "str"),
        ("name", "name", False, "str"),
        ("status", "status", False, "str"),
        ("main_address", "mainAddress", False, ("model", "MainAddressInCustomerDto")),
        ("main_contact", "mainContact", False, ("model", "MainContactInCustomerDto")),
        ("account_reference", "accountReference", False, "str"),
        ("parent_record", "parentRecord", False, ("model", "ParentRecordDto")),
        ("customer_class", "customerClass", False, ("model", "CustomerClassInCustomerDto")),
        ("credit_terms", "creditTerms", False, ("model", "CreditTermsInCustomerDto")),
        ("currency_id", "currencyId", False, "str"),
        ("credit_verification", "creditVerification", False, "str"),
        ("credit_limit", "creditLimit", False, "float"),
        ("credit_days_past_due", "creditDaysPastDue", False, "int"),
        ("invoice_address", "invoiceAddress", False, ("model", "InvoiceAddressInCustomerDto")),
        ("invoice_contact", "invoiceContact", False, ("model", "InvoiceContactInCustomerDto")),
        ("print_invoices", "printInvoices", False, "bool"),
        ("accept_auto_invoices", "acceptAutoInvoices", False, "bool"),
        ("send_invoices_by_email", "sendInvoicesByEmail", False, "bool"),
        ("send_dunning_letters_via_e_mail", "sendDunningLettersViaEMail", False, "bool"),
        ("print_dunning_letters", "printDunningLetters", False, "bool"),
        ("print_statements", "printStatements", False, "bool"),
        ("send_statements_by_email", "sendStatementsByEmail", False, "bool"),
        ("print_multi_currency_statements", "printMultiCurrencyStatements", False, "bool"),
        ("statement_type", "statementType", False, "str"),
        ("delivery_address", "deliveryAddress", False, ("model", "DeliveryAddressInCustomerDto")),
        ("delivery_contact", "deliveryContact", False, ("model", "DeliveryContactInCustomerDto")),
        ("vat_registration_id", "vatRegistrationId", False, "str"),
        ("corporate_id", "corporateId", False, "str"),
        ("gln", "gln", False, "str"),
        ("vat_zone", "vatZone", False, ("model", "VatZoneInCustomerDto")),
        ("location", "location", False, ("model", "LocationInCustomerDto")),
        ("attributes", "attributes", False, ("list", ("model", "AttributeIdValueDto"))),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("created_date_time", "createdDateTime", False, "datetime"),
        ("direct_debit_lines", "directDebitLines", False, ("list", ("model", "CustomerDirectDebitDto"))),
        ("price_class", "priceClass", False, ("model", "PriceClassInCustomerDto")),
        ("gl_accounts", "glAccounts", False, ("model", "GlAccountsInCustomerDto")),
        ("invoice_to_default_location", "invoiceToDefaultLocation", False, "bool"),
        ("e_invoice_contract", "eInvoiceContract", False, ("model", "EInvoiceContractInCustomerDto")),
        ("payment_methods", "paymentMethods", False, ("list", ("model", "CustomerPaymentMethodInfoDto"))),
        ("default_payment_method_id", "defaultPaymentMethodId", False, "str"),
        ("number_of_employees", "numberOfEmployees", False, "int"),
        ("exclude_debt_collection", "excludeDebtCollection", False, "bool"),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(CustomerDto)
