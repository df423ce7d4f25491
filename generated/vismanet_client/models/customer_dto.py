from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_dto_credit_verification import (
    CustomerDtoCreditVerification,
    check_customer_dto_credit_verification,
)
from ..models.customer_dto_statement_type import CustomerDtoStatementType, check_customer_dto_statement_type
from ..models.customer_dto_status import CustomerDtoStatus, check_customer_dto_status
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


@_attrs_define
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

        d = dict(src_dict)
        internal_id = d.pop("internalId", UNSET)

        number = d.pop("number", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: CustomerDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_customer_dto_status(_status)

        _main_address = d.pop("mainAddress", UNSET)
        main_address: MainAddressInCustomerDto | Unset
        if isinstance(_main_address, Unset):
            main_address = UNSET
        else:
            main_address = MainAddressInCustomerDto.from_dict(_main_address)

        _main_contact = d.pop("mainContact", UNSET)
        main_contact: MainContactInCustomerDto | Unset
        if isinstance(_main_contact, Unset):
            main_contact = UNSET
        else:
            main_contact = MainContactInCustomerDto.from_dict(_main_contact)

        account_reference = d.pop("accountReference", UNSET)

        _parent_record = d.pop("parentRecord", UNSET)
        parent_record: ParentRecordDto | Unset
        if isinstance(_parent_record, Unset):
            parent_record = UNSET
        else:
            parent_record = ParentRecordDto.from_dict(_parent_record)

        _customer_class = d.pop("customerClass", UNSET)
        customer_class: CustomerClassInCustomerDto | Unset
        if isinstance(_customer_class, Unset):
            customer_class = UNSET
        else:
            customer_class = CustomerClassInCustomerDto.from_dict(_customer_class)

        _credit_terms = d.pop("creditTerms", UNSET)
        credit_terms: CreditTermsInCustomerDto | Unset
        if isinstance(_credit_terms, Unset):
            credit_terms = UNSET
        else:
            credit_terms = CreditTermsInCustomerDto.from_dict(_credit_terms)

        currency_id = d.pop("currencyId", UNSET)

        _credit_verification = d.pop("creditVerification", UNSET)
        credit_verification: CustomerDtoCreditVerification | Unset
        if isinstance(_credit_verification, Unset):
            credit_verification = UNSET
        else:
            credit_verification = check_customer_dto_credit_verification(_credit_verification)

        credit_limit = d.pop("creditLimit", UNSET)

        credit_days_past_due = d.pop("creditDaysPastDue", UNSET)

        _invoice_address = d.pop("invoiceAddress", UNSET)
        invoice_address: InvoiceAddressInCustomerDto | Unset
        if isinstance(_invoice_address, Unset):
            invoice_address = UNSET
        else:
            invoice_address = InvoiceAddressInCustomerDto.from_dict(_invoice_address)

        _invoice_contact = d.pop("invoiceContact", UNSET)
        invoice_contact: InvoiceContactInCustomerDto | Unset
        if isinstance(_invoice_contact, Unset):
            invoice_contact = UNSET
        else:
            invoice_contact = InvoiceContactInCustomerDto.from_dict(_invoice_contact)

        print_invoices = d.pop("printInvoices", UNSET)

        accept_auto_invoices = d.pop("acceptAutoInvoices", UNSET)

        send_invoices_by_email = d.pop("sendInvoicesByEmail", UNSET)

        send_dunning_letters_via_e_mail = d.pop("sendDunningLettersViaEMail", UNSET)

        print_dunning_letters = d.pop("printDunningLetters", UNSET)

        print_statements = d.pop("printStatements", UNSET)

        send_statements_by_email = d.pop("sendStatementsByEmail", UNSET)

        print_multi_currency_statements = d.pop("printMultiCurrencyStatements", UNSET)

        _statement_type = d.pop("statementType", UNSET)
        statement_type: CustomerDtoStatementType | Unset
        if isinstance(_statement_type, Unset):
            statement_type = UNSET
        else:
            statement_type = check_customer_dto_statement_type(_statement_type)

        _delivery_address = d.pop("deliveryAddress", UNSET)
        delivery_address: DeliveryAddressInCustomerDto | Unset
        if isinstance(_delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = DeliveryAddressInCustomerDto.from_dict(_delivery_address)

        _delivery_contact = d.pop("deliveryContact", UNSET)
        delivery_contact: DeliveryContactInCustomerDto | Unset
        if isinstance(_delivery_contact, Unset):
            delivery_contact = UNSET
        else:
            delivery_contact = DeliveryContactInCustomerDto.from_dict(_delivery_contact)

        vat_registration_id = d.pop("vatRegistrationId", UNSET)

        corporate_id = d.pop("corporateId", UNSET)

        gln = d.pop("gln", UNSET)

        _vat_zone = d.pop("vatZone", UNSET)
        vat_zone: VatZoneInCustomerDto | Unset
        if isinstance(_vat_zone, Unset):
            vat_zone = UNSET
        else:
            vat_zone = VatZoneInCustomerDto.from_dict(_vat_zone)

        _location = d.pop("location", UNSET)
        location: LocationInCustomerDto | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationInCustomerDto.from_dict(_location)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[AttributeIdValueDto] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = AttributeIdValueDto.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        _created_date_time = d.pop("createdDateTime", UNSET)
        created_date_time: datetime.datetime | Unset
        if isinstance(_created_date_time, Unset):
            created_date_time = UNSET
        else:
            created_date_time = datetime.datetime.fromisoformat(_created_date_time)

        _direct_debit_lines = d.pop("directDebitLines", UNSET)
        direct_debit_lines: list[CustomerDirectDebitDto] | Unset = UNSET
        if _direct_debit_lines is not UNSET:
            direct_debit_lines = []
            for direct_debit_lines_item_data in _direct_debit_lines:
                direct_debit_lines_item = CustomerDirectDebitDto.from_dict(direct_debit_lines_item_data)

                direct_debit_lines.append(direct_debit_lines_item)

        _price_class = d.pop("priceClass", UNSET)
        price_class: PriceClassInCustomerDto | Unset
        if isinstance(_price_class, Unset):
            price_class = UNSET
        else:
            price_class = PriceClassInCustomerDto.from_dict(_price_class)

        _gl_accounts = d.pop("glAccounts", UNSET)
        gl_accounts: GlAccountsInCustomerDto | Unset
        if isinstance(_gl_accounts, Unset):
            gl_accounts = UNSET
        else:
            gl_accounts = GlAccountsInCustomerDto.from_dict(_gl_accounts)

        invoice_to_default_location = d.pop("invoiceToDefaultLocation", UNSET)

        _e_invoice_contract = d.pop("eInvoiceContract", UNSET)
        e_invoice_contract: EInvoiceContractInCustomerDto | Unset
        if isinstance(_e_invoice_contract, Unset):
            e_invoice_contract = UNSET
        else:
            e_invoice_contract = EInvoiceContractInCustomerDto.from_dict(_e_invoice_contract)

        _payment_methods = d.pop("paymentMethods", UNSET)
        payment_methods: list[CustomerPaymentMethodInfoDto] | Unset = UNSET
        if _payment_methods is not UNSET:
            payment_methods = []
            for payment_methods_item_data in _payment_methods:
                payment_methods_item = CustomerPaymentMethodInfoDto.from_dict(payment_methods_item_data)

                payment_methods.append(payment_methods_item)

        default_payment_method_id = d.pop("defaultPaymentMethodId", UNSET)

        number_of_employees = d.pop("numberOfEmployees", UNSET)

        exclude_debt_collection = d.pop("excludeDebtCollection", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        customer_dto = cls(
            internal_id=internal_id,
            number=number,
            name=name,
            status=status,
            main_address=main_address,
            main_contact=main_contact,
            account_reference=account_reference,
            parent_record=parent_record,
            customer_class=customer_class,
            credit_terms=credit_terms,
            currency_id=currency_id,
            credit_verification=credit_verification,
            credit_limit=credit_limit,
            credit_days_past_due=credit_days_past_due,
            invoice_address=invoice_address,
            invoice_contact=invoice_contact,
            print_invoices=print_invoices,
            accept_auto_invoices=accept_auto_invoices,
            send_invoices_by_email=send_invoices_by_email,
            send_dunning_letters_via_e_mail=send_dunning_letters_via_e_mail,
            print_dunning_letters=print_dunning_letters,
            print_statements=print_statements,
            send_statements_by_email=send_statements_by_email,
            print_multi_currency_statements=print_multi_currency_statements,
            statement_type=statement_type,
            delivery_address=delivery_address,
            delivery_contact=delivery_contact,
            vat_registration_id=vat_registration_id,
            corporate_id=corporate_id,
            gln=gln,
            vat_zone=vat_zone,
            location=location,
            attributes=attributes,
            last_modified_date_time=last_modified_date_time,
            created_date_time=created_date_time,
            direct_debit_lines=direct_debit_lines,
            price_class=price_class,
            gl_accounts=gl_accounts,
            invoice_to_default_location=invoice_to_default_location,
            e_invoice_contract=e_invoice_contract,
            payment_methods=payment_methods,
            default_payment_method_id=default_payment_method_id,
            number_of_employees=number_of_employees,
            exclude_debt_collection=exclude_debt_collection,
            error_info=error_info,
            metadata=metadata,
        )

        customer_dto.additional_properties = d
        return customer_dto

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
