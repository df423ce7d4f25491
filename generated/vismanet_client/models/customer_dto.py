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
from ..types import UNSET, Unset

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
class CustomerDto:
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

    internal_id: int | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    status: CustomerDtoStatus | Unset = UNSET
    main_address: MainAddressInCustomerDto | Unset = UNSET
    main_contact: MainContactInCustomerDto | Unset = UNSET
    account_reference: str | Unset = UNSET
    parent_record: ParentRecordDto | Unset = UNSET
    customer_class: CustomerClassInCustomerDto | Unset = UNSET
    credit_terms: CreditTermsInCustomerDto | Unset = UNSET
    currency_id: str | Unset = UNSET
    credit_verification: CustomerDtoCreditVerification | Unset = UNSET
    credit_limit: float | Unset = UNSET
    credit_days_past_due: int | Unset = UNSET
    invoice_address: InvoiceAddressInCustomerDto | Unset = UNSET
    invoice_contact: InvoiceContactInCustomerDto | Unset = UNSET
    print_invoices: bool | Unset = UNSET
    accept_auto_invoices: bool | Unset = UNSET
    send_invoices_by_email: bool | Unset = UNSET
    send_dunning_letters_via_e_mail: bool | Unset = UNSET
    print_dunning_letters: bool | Unset = UNSET
    print_statements: bool | Unset = UNSET
    send_statements_by_email: bool | Unset = UNSET
    print_multi_currency_statements: bool | Unset = UNSET
    statement_type: CustomerDtoStatementType | Unset = UNSET
    delivery_address: DeliveryAddressInCustomerDto | Unset = UNSET
    delivery_contact: DeliveryContactInCustomerDto | Unset = UNSET
    vat_registration_id: str | Unset = UNSET
    corporate_id: str | Unset = UNSET
    gln: str | Unset = UNSET
    vat_zone: VatZoneInCustomerDto | Unset = UNSET
    location: LocationInCustomerDto | Unset = UNSET
    attributes: list[AttributeIdValueDto] | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    direct_debit_lines: list[CustomerDirectDebitDto] | Unset = UNSET
    price_class: PriceClassInCustomerDto | Unset = UNSET
    gl_accounts: GlAccountsInCustomerDto | Unset = UNSET
    invoice_to_default_location: bool | Unset = UNSET
    e_invoice_contract: EInvoiceContractInCustomerDto | Unset = UNSET
    payment_methods: list[CustomerPaymentMethodInfoDto] | Unset = UNSET
    default_payment_method_id: str | Unset = UNSET
    number_of_employees: int | Unset = UNSET
    exclude_debt_collection: bool | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_id = self.internal_id

        number = self.number

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()

        main_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_contact, Unset):
            main_contact = self.main_contact.to_dict()

        account_reference = self.account_reference

        parent_record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_record, Unset):
            parent_record = self.parent_record.to_dict()

        customer_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_class, Unset):
            customer_class = self.customer_class.to_dict()

        credit_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_terms, Unset):
            credit_terms = self.credit_terms.to_dict()

        currency_id = self.currency_id

        credit_verification: str | Unset = UNSET
        if not isinstance(self.credit_verification, Unset):
            credit_verification = self.credit_verification

        credit_limit = self.credit_limit

        credit_days_past_due = self.credit_days_past_due

        invoice_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_address, Unset):
            invoice_address = self.invoice_address.to_dict()

        invoice_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_contact, Unset):
            invoice_contact = self.invoice_contact.to_dict()

        print_invoices = self.print_invoices

        accept_auto_invoices = self.accept_auto_invoices

        send_invoices_by_email = self.send_invoices_by_email

        send_dunning_letters_via_e_mail = self.send_dunning_letters_via_e_mail

        print_dunning_letters = self.print_dunning_letters

        print_statements = self.print_statements

        send_statements_by_email = self.send_statements_by_email

        print_multi_currency_statements = self.print_multi_currency_statements

        statement_type: str | Unset = UNSET
        if not isinstance(self.statement_type, Unset):
            statement_type = self.statement_type

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        delivery_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_contact, Unset):
            delivery_contact = self.delivery_contact.to_dict()

        vat_registration_id = self.vat_registration_id

        corporate_id = self.corporate_id

        gln = self.gln

        vat_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_zone, Unset):
            vat_zone = self.vat_zone.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        direct_debit_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.direct_debit_lines, Unset):
            direct_debit_lines = []
            for direct_debit_lines_item_data in self.direct_debit_lines:
                direct_debit_lines_item = direct_debit_lines_item_data.to_dict()
                direct_debit_lines.append(direct_debit_lines_item)

        price_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_class, Unset):
            price_class = self.price_class.to_dict()

        gl_accounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gl_accounts, Unset):
            gl_accounts = self.gl_accounts.to_dict()

        invoice_to_default_location = self.invoice_to_default_location

        e_invoice_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.e_invoice_contract, Unset):
            e_invoice_contract = self.e_invoice_contract.to_dict()

        payment_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = []
            for payment_methods_item_data in self.payment_methods:
                payment_methods_item = payment_methods_item_data.to_dict()
                payment_methods.append(payment_methods_item)

        default_payment_method_id = self.default_payment_method_id

        number_of_employees = self.number_of_employees

        exclude_debt_collection = self.exclude_debt_collection

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if main_address is not UNSET:
            field_dict["mainAddress"] = main_address
        if main_contact is not UNSET:
            field_dict["mainContact"] = main_contact
        if account_reference is not UNSET:
            field_dict["accountReference"] = account_reference
        if parent_record is not UNSET:
            field_dict["parentRecord"] = parent_record
        if customer_class is not UNSET:
            field_dict["customerClass"] = customer_class
        if credit_terms is not UNSET:
            field_dict["creditTerms"] = credit_terms
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if credit_verification is not UNSET:
            field_dict["creditVerification"] = credit_verification
        if credit_limit is not UNSET:
            field_dict["creditLimit"] = credit_limit
        if credit_days_past_due is not UNSET:
            field_dict["creditDaysPastDue"] = credit_days_past_due
        if invoice_address is not UNSET:
            field_dict["invoiceAddress"] = invoice_address
        if invoice_contact is not UNSET:
            field_dict["invoiceContact"] = invoice_contact
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
        if statement_type is not UNSET:
            field_dict["statementType"] = statement_type
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if delivery_contact is not UNSET:
            field_dict["deliveryContact"] = delivery_contact
        if vat_registration_id is not UNSET:
            field_dict["vatRegistrationId"] = vat_registration_id
        if corporate_id is not UNSET:
            field_dict["corporateId"] = corporate_id
        if gln is not UNSET:
            field_dict["gln"] = gln
        if vat_zone is not UNSET:
            field_dict["vatZone"] = vat_zone
        if location is not UNSET:
            field_dict["location"] = location
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if direct_debit_lines is not UNSET:
            field_dict["directDebitLines"] = direct_debit_lines
        if price_class is not UNSET:
            field_dict["priceClass"] = price_class
        if gl_accounts is not UNSET:
            field_dict["glAccounts"] = gl_accounts
        if invoice_to_default_location is not UNSET:
            field_dict["invoiceToDefaultLocation"] = invoice_to_default_location
        if e_invoice_contract is not UNSET:
            field_dict["eInvoiceContract"] = e_invoice_contract
        if payment_methods is not UNSET:
            field_dict["paymentMethods"] = payment_methods
        if default_payment_method_id is not UNSET:
            field_dict["defaultPaymentMethodId"] = default_payment_method_id
        if number_of_employees is not UNSET:
            field_dict["numberOfEmployees"] = number_of_employees
        if exclude_debt_collection is not UNSET:
            field_dict["excludeDebtCollection"] = exclude_debt_collection
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.internal_id = _rest.pop("internalId", UNSET)
        _instance.number = _rest.pop("number", UNSET)
        _instance.name = _rest.pop("name", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _value = _rest.pop("mainAddress", UNSET)
        _instance.main_address = UNSET if _value is UNSET else _models.MainAddressInCustomerDto.from_dict(_value)
        _value = _rest.pop("mainContact", UNSET)
        _instance.main_contact = UNSET if _value is UNSET else _models.MainContactInCustomerDto.from_dict(_value)
        _instance.account_reference = _rest.pop("accountReference", UNSET)
        _value = _rest.pop("parentRecord", UNSET)
        _instance.parent_record = UNSET if _value is UNSET else _models.ParentRecordDto.from_dict(_value)
        _value = _rest.pop("customerClass", UNSET)
        _instance.customer_class = UNSET if _value is UNSET else _models.CustomerClassInCustomerDto.from_dict(_value)
        _value = _rest.pop("creditTerms", UNSET)
        _instance.credit_terms = UNSET if _value is UNSET else _models.CreditTermsInCustomerDto.from_dict(_value)
        _instance.currency_id = _rest.pop("currencyId", UNSET)
        _instance.credit_verification = _rest.pop("creditVerification", UNSET)
        _instance.credit_limit = _rest.pop("creditLimit", UNSET)
        _instance.credit_days_past_due = _rest.pop("creditDaysPastDue", UNSET)
        _value = _rest.pop("invoiceAddress", UNSET)
        _instance.invoice_address = UNSET if _value is UNSET else _models.InvoiceAddressInCustomerDto.from_dict(_value)
        _value = _rest.pop("invoiceContact", UNSET)
        _instance.invoice_contact = UNSET if _value is UNSET else _models.InvoiceContactInCustomerDto.from_dict(_value)
        _instance.print_invoices = _rest.pop("printInvoices", UNSET)
        _instance.accept_auto_invoices = _rest.pop("acceptAutoInvoices", UNSET)
        _instance.send_invoices_by_email = _rest.pop("sendInvoicesByEmail", UNSET)
        _instance.send_dunning_letters_via_e_mail = _rest.pop("sendDunningLettersViaEMail", UNSET)
        _instance.print_dunning_letters = _rest.pop("printDunningLetters", UNSET)
        _instance.print_statements = _rest.pop("printStatements", UNSET)
        _instance.send_statements_by_email = _rest.pop("sendStatementsByEmail", UNSET)
        _instance.print_multi_currency_statements = _rest.pop("printMultiCurrencyStatements", UNSET)
        _instance.statement_type = _rest.pop("statementType", UNSET)
        _value = _rest.pop("deliveryAddress", UNSET)
        _instance.delivery_address = (
            UNSET if _value is UNSET else _models.DeliveryAddressInCustomerDto.from_dict(_value)
        )
        _value = _rest.pop("deliveryContact", UNSET)
        _instance.delivery_contact = (
            UNSET if _value is UNSET else _models.DeliveryContactInCustomerDto.from_dict(_value)
        )
        _instance.vat_registration_id = _rest.pop("vatRegistrationId", UNSET)
        _instance.corporate_id = _rest.pop("corporateId", UNSET)
        _instance.gln = _rest.pop("gln", UNSET)
        _value = _rest.pop("vatZone", UNSET)
        _instance.vat_zone = UNSET if _value is UNSET else _models.VatZoneInCustomerDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInCustomerDto.from_dict(_value)
        _value = _rest.pop("attributes", UNSET)
        _instance.attributes = (
            UNSET
            if _value is UNSET
            else [_models.AttributeIdValueDto.from_dict(attributes_item_data) for attributes_item_data in _value]
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("createdDateTime", UNSET)
        _instance.created_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("directDebitLines", UNSET)
        _instance.direct_debit_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.CustomerDirectDebitDto.from_dict(direct_debit_lines_item_data)
                for direct_debit_lines_item_data in _value
            ]
        )
        _value = _rest.pop("priceClass", UNSET)
        _instance.price_class = UNSET if _value is UNSET else _models.PriceClassInCustomerDto.from_dict(_value)
        _value = _rest.pop("glAccounts", UNSET)
        _instance.gl_accounts = UNSET if _value is UNSET else _models.GlAccountsInCustomerDto.from_dict(_value)
        _instance.invoice_to_default_location = _rest.pop("invoiceToDefaultLocation", UNSET)
        _value = _rest.pop("eInvoiceContract", UNSET)
        _instance.e_invoice_contract = (
            UNSET if _value is UNSET else _models.EInvoiceContractInCustomerDto.from_dict(_value)
        )
        _value = _rest.pop("paymentMethods", UNSET)
        _instance.payment_methods = (
            UNSET
            if _value is UNSET
            else [
                _models.CustomerPaymentMethodInfoDto.from_dict(payment_methods_item_data)
                for payment_methods_item_data in _value
            ]
        )
        _instance.default_payment_method_id = _rest.pop("defaultPaymentMethodId", UNSET)
        _instance.number_of_employees = _rest.pop("numberOfEmployees", UNSET)
        _instance.exclude_debt_collection = _rest.pop("excludeDebtCollection", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
