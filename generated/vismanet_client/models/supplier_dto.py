from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.supplier_dto_account_used_for_payment import (
    SupplierDtoAccountUsedForPayment,
)
from ..models.supplier_dto_charge_bearer import SupplierDtoChargeBearer
from ..models.supplier_dto_payment_by import SupplierDtoPaymentBy
from ..models.supplier_dto_status import SupplierDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_id_value_dto import AttributeIdValueDto
    from ..models.credit_terms_in_supplier_dto import CreditTermsInSupplierDto
    from ..models.gl_accounts_in_supplier_dto import GlAccountsInSupplierDto
    from ..models.location_in_supplier_dto import LocationInSupplierDto
    from ..models.main_address_in_supplier_dto import MainAddressInSupplierDto
    from ..models.main_contact_in_supplier_dto import MainContactInSupplierDto
    from ..models.metadata_dto import MetadataDto
    from ..models.parent_record_in_supplier_dto import ParentRecordInSupplierDto
    from ..models.payment_method_in_supplier_dto import PaymentMethodInSupplierDto
    from ..models.remit_address_in_supplier_dto import RemitAddressInSupplierDto
    from ..models.remit_contact_in_supplier_dto import RemitContactInSupplierDto
    from ..models.supplier_address_in_supplier_dto import SupplierAddressInSupplierDto
    from ..models.supplier_class_in_supplier_dto import SupplierClassInSupplierDto
    from ..models.supplier_contact_in_supplier_dto import SupplierContactInSupplierDto
    from ..models.supplier_payment_method_detail_dto import SupplierPaymentMethodDetailDto
    from ..models.vat_zone_in_supplier_dto import VatZoneInSupplierDto


T = TypeVar("T", bound="SupplierDto")

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
    "supplier_class",
    "credit_terms",
    "document_language",
    "currency_id",
    "remit_address",
    "remit_contact",
    "payment_method",
    "cash_account",
    "charge_bearer",
    "account_used_for_payment",
    "payment_by",
    "payment_lead_time",
    "payment_ref_display_mask",
    "pay_separately",
    "supplier_address",
    "supplier_contact",
    "location",
    "vat_registration_id",
    "corporate_id",
    "vat_zone",
    "gl_accounts",
    "attributes",
    "last_modified_date_time",
    "supplier_payment_method_details",
    "retainage_apply",
    "retainage_cash_account_id",
    "retainage_pct",
    "note",
    "number_of_employees",
    "nace_code",
    "landed_cost_supplier",
    "currency_override",
    "currency_rate_override",
    "time_stamp",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class SupplierDto:
    """This class represents a supplier in SupplierController. Used by getting data.

    Attributes:
        internal_id (int | Unset):
        number (str | Unset): Mandatory field: The top part &gt; Supplier ID* &gt; The ID of the supplier account.
        name (str | Unset): Mandatory field: The top part &gt; Supplier name* &gt; The name of the supplier to appear in
            the system, which may be a trade name or a doing-business-as (DBA) name.
        status (SupplierDtoStatus | Unset): Mandatory field: The top part &gt; Status* &gt; The status of the supplier
            account.
        main_address (MainAddressInSupplierDto | Unset): General information tab &gt; Main address section &gt;
        main_contact (MainContactInSupplierDto | Unset): General information tab &gt; Main contact section &gt;
        account_reference (str | Unset): General information tab &gt; Main contact section &gt; Account ref. &gt; An
            optional text field that can contain a reference to your company's account number in the supplier's system.
        parent_record (ParentRecordInSupplierDto | Unset): General information tab &gt; Main contact section &gt; Parent
            account &gt; The parent supplier's account, which you can select from the list of existing supplier accounts.
        supplier_class (SupplierClassInSupplierDto | Unset): Mandatory field: General information tab &gt; Financial
            settings section &gt; Supplier class* &gt; The class of the supplier.
        credit_terms (CreditTermsInSupplierDto | Unset): General information tab &gt; Financial settings section &gt;
            Terms &gt; The type of credit terms used in operations with the supplier.
        document_language (str | Unset): General information tab &gt; Financial settings section &gt; Document language
            &gt; The language of the documents to be printed to the suppliers of the class.
        currency_id (str | Unset): General information tab &gt; Financial settings section &gt; Currency ID &gt; The
            currency that is used in operations with the supplier.
        remit_address (RemitAddressInSupplierDto | Unset): Payment settings tab &gt; Remittance address section &gt;
        remit_contact (RemitContactInSupplierDto | Unset): Payment settings tab &gt; Remittance contact section &gt;
        payment_method (PaymentMethodInSupplierDto | Unset): Payment settings tab &gt; Payment settings section &gt;
            Payment method &gt; The default payment method to be used for the supplier.
        cash_account (str | Unset): Payment settings tab &gt; Payment settings section &gt; Cash account &gt; The cash
            account to be used for operations with the supplier. You must select a cash account.
        charge_bearer (SupplierDtoChargeBearer | Unset): Payment settings tab &gt; Payment settings section &gt; Charge
            bearer &gt; The party that will pay possible expenses connected with the payment.
        account_used_for_payment (SupplierDtoAccountUsedForPayment | Unset): Payment settings tab &gt; Payment settings
            section &gt; Account used for payment &gt; The bank account to be used for payments to the supplier.
        payment_by (SupplierDtoPaymentBy | Unset): Payment settings tab &gt; Payment settings section &gt; Payment by
            &gt; An option that defines how to calculate the date when this supplier should be paid.
        payment_lead_time (int | Unset): Payment settings tab &gt; Payment settings section &gt; Payment lead time
            (days) &gt; The number of days required for the payment to be delivered to the supplier's location.
        payment_ref_display_mask (str | Unset): Payment settings tab &gt; Payment settings section &gt; Payment ref.
            display mask &gt; This is a rule (mask) for how the payment reference number will be displayed.
        pay_separately (bool | Unset): Payment settings tab &gt; Payment settings section &gt; Pay separately &gt; A
            check box that indicates (if selected) that each supplier document should be paid by a separate payment.
        supplier_address (SupplierAddressInSupplierDto | Unset): Purchase settings tab &gt; Shipping address section
            &gt;
        supplier_contact (SupplierContactInSupplierDto | Unset): Purchase settings tab &gt; Shipping contact information
            section &gt;
        location (LocationInSupplierDto | Unset): Purchase settings tab &gt; Default location settings section &gt;
        vat_registration_id (str | Unset): Purchase settings tab &gt; Default location settings section &gt; VAT
            registration ID &gt; The supplier's VAT registration ID associated with the location.
        corporate_id (str | Unset): Purchase settings tab &gt; Default location settings section &gt; National insurance
            no. &gt; The supplier???s national insurance number associated with the location.
        vat_zone (VatZoneInSupplierDto | Unset): Purchase settings tab &gt; Default location settings section &gt; VAT
            zone &gt; The VAT zone of the supplier's default location.
        gl_accounts (GlAccountsInSupplierDto | Unset): General ledger accounts tab &gt;
        attributes (list[AttributeIdValueDto] | Unset): Attributes tab &gt;
        last_modified_date_time (datetime.datetime | Unset): System generated information.
        supplier_payment_method_details (list[SupplierPaymentMethodDetailDto] | Unset): This class represents a Payment
            Method Detail in SupplierController. Used to get data for SupplierPaymentMethodDetails of a Supplier.
        retainage_apply (bool | Unset): Payment settings tab &gt; Retainage settings section &gt; Apply retainage &gt; A
            check box that indicates (if selected) that by default, invoices with retainage are created for the supplier in
            the Purchase invoices window.
        retainage_cash_account_id (str | Unset): Payment settings tab &gt; Retainage settings section &gt; Retainage
            cash account &gt; The cash account to be used to record retainages for this supplier.
        retainage_pct (float | Unset): Payment settings tab &gt; Retainage settings section &gt; Retainage (%) &gt; The
            default percent to be retained in invoices for the supplier.
        note (str | Unset):
        number_of_employees (int | Unset): Legal requirements that all companies with more than 250 employees keep track
            of their business accounts
        nace_code (str | Unset): General information tab &gt; Main contact section &gt; Industry Code ID &gt; The
            supplier's NACE code
        landed_cost_supplier (bool | Unset): General information tab &gt; SupplierProperties &gt; Landed Cost Supplier
            &gt; Indicates if the supplier is a landed cost supplier or not
        currency_override (bool | Unset): General information tab &gt; Financial settings section &gt; Enable currency
            override
        currency_rate_override (bool | Unset): General information tab &gt; Financial settings section &gt; Enable rate
            override
        time_stamp (str | Unset): Identifier that represents a specific version of the resource.
            It helps to prevent simultaneous updates of the resource from overwriting each other (by using ETags and If-
            Match headers)
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    internal_id: int | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    status: SupplierDtoStatus | Unset = UNSET
    main_address: MainAddressInSupplierDto | Unset = UNSET
    main_contact: MainContactInSupplierDto | Unset = UNSET
    account_reference: str | Unset = UNSET
    parent_record: ParentRecordInSupplierDto | Unset = UNSET
    supplier_class: SupplierClassInSupplierDto | Unset = UNSET
    credit_terms: CreditTermsInSupplierDto | Unset = UNSET
    document_language: str | Unset = UNSET
    currency_id: str | Unset = UNSET
    remit_address: RemitAddressInSupplierDto | Unset = UNSET
    remit_contact: RemitContactInSupplierDto | Unset = UNSET
    payment_method: PaymentMethodInSupplierDto | Unset = UNSET
    cash_account: str | Unset = UNSET
    charge_bearer: SupplierDtoChargeBearer | Unset = UNSET
    account_used_for_payment: SupplierDtoAccountUsedForPayment | Unset = UNSET
    payment_by: SupplierDtoPaymentBy | Unset = UNSET
    payment_lead_time: int | Unset = UNSET
    payment_ref_display_mask: str | Unset = UNSET
    pay_separately: bool | Unset = UNSET
    supplier_address: SupplierAddressInSupplierDto | Unset = UNSET
    supplier_contact: SupplierContactInSupplierDto | Unset = UNSET
    location: LocationInSupplierDto | Unset = UNSET
    vat_registration_id: str | Unset = UNSET
    corporate_id: str | Unset = UNSET
    vat_zone: VatZoneInSupplierDto | Unset = UNSET
    gl_accounts: GlAccountsInSupplierDto | Unset = UNSET
    attributes: list[AttributeIdValueDto] | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    supplier_payment_method_details: list[SupplierPaymentMethodDetailDto] | Unset = UNSET
    retainage_apply: bool | Unset = UNSET
    retainage_cash_account_id: str | Unset = UNSET
    retainage_pct: float | Unset = UNSET
    note: str | Unset = UNSET
    number_of_employees: int | Unset = UNSET
    nace_code: str | Unset = UNSET
    landed_cost_supplier: bool | Unset = UNSET
    currency_override: bool | Unset = UNSET
    currency_rate_override: bool | Unset = UNSET
    time_stamp: str | Unset = UNSET
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

        supplier_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_class, Unset):
            supplier_class = self.supplier_class.to_dict()

        credit_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_terms, Unset):
            credit_terms = self.credit_terms.to_dict()

        document_language = self.document_language

        currency_id = self.currency_id

        remit_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remit_address, Unset):
            remit_address = self.remit_address.to_dict()

        remit_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remit_contact, Unset):
            remit_contact = self.remit_contact.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        cash_account = self.cash_account

        charge_bearer: str | Unset = UNSET
        if not isinstance(self.charge_bearer, Unset):
            charge_bearer = self.charge_bearer

        account_used_for_payment: str | Unset = UNSET
        if not isinstance(self.account_used_for_payment, Unset):
            account_used_for_payment = self.account_used_for_payment

        payment_by: str | Unset = UNSET
        if not isinstance(self.payment_by, Unset):
            payment_by = self.payment_by

        payment_lead_time = self.payment_lead_time

        payment_ref_display_mask = self.payment_ref_display_mask

        pay_separately = self.pay_separately

        supplier_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_address, Unset):
            supplier_address = self.supplier_address.to_dict()

        supplier_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_contact, Unset):
            supplier_contact = self.supplier_contact.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        vat_registration_id = self.vat_registration_id

        corporate_id = self.corporate_id

        vat_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_zone, Unset):
            vat_zone = self.vat_zone.to_dict()

        gl_accounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gl_accounts, Unset):
            gl_accounts = self.gl_accounts.to_dict()

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        supplier_payment_method_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier_payment_method_details, Unset):
            supplier_payment_method_details = []
            for supplier_payment_method_details_item_data in self.supplier_payment_method_details:
                supplier_payment_method_details_item = supplier_payment_method_details_item_data.to_dict()
                supplier_payment_method_details.append(supplier_payment_method_details_item)

        retainage_apply = self.retainage_apply

        retainage_cash_account_id = self.retainage_cash_account_id

        retainage_pct = self.retainage_pct

        note = self.note

        number_of_employees = self.number_of_employees

        nace_code = self.nace_code

        landed_cost_supplier = self.landed_cost_supplier

        currency_override = self.currency_override

        currency_rate_override = self.currency_rate_override

        time_stamp = self.time_stamp

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
        if supplier_class is not UNSET:
            field_dict["supplierClass"] = supplier_class
        if credit_terms is not UNSET:
            field_dict["creditTerms"] = credit_terms
        if document_language is not UNSET:
            field_dict["documentLanguage"] = document_language
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if remit_address is not UNSET:
            field_dict["remitAddress"] = remit_address
        if remit_contact is not UNSET:
            field_dict["remitContact"] = remit_contact
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if charge_bearer is not UNSET:
            field_dict["chargeBearer"] = charge_bearer
        if account_used_for_payment is not UNSET:
            field_dict["accountUsedForPayment"] = account_used_for_payment
        if payment_by is not UNSET:
            field_dict["paymentBy"] = payment_by
        if payment_lead_time is not UNSET:
            field_dict["paymentLeadTime"] = payment_lead_time
        if payment_ref_display_mask is not UNSET:
            field_dict["paymentRefDisplayMask"] = payment_ref_display_mask
        if pay_separately is not UNSET:
            field_dict["paySeparately"] = pay_separately
        if supplier_address is not UNSET:
            field_dict["supplierAddress"] = supplier_address
        if supplier_contact is not UNSET:
            field_dict["supplierContact"] = supplier_contact
        if location is not UNSET:
            field_dict["location"] = location
        if vat_registration_id is not UNSET:
            field_dict["vatRegistrationId"] = vat_registration_id
        if corporate_id is not UNSET:
            field_dict["corporateId"] = corporate_id
        if vat_zone is not UNSET:
            field_dict["vatZone"] = vat_zone
        if gl_accounts is not UNSET:
            field_dict["glAccounts"] = gl_accounts
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if supplier_payment_method_details is not UNSET:
            field_dict["supplierPaymentMethodDetails"] = supplier_payment_method_details
        if retainage_apply is not UNSET:
            field_dict["retainageApply"] = retainage_apply
        if retainage_cash_account_id is not UNSET:
            field_dict["retainageCashAccountID"] = retainage_cash_account_id
        if retainage_pct is not UNSET:
            field_dict["retainagePct"] = retainage_pct
        if note is not UNSET:
            field_dict["note"] = note
        if number_of_employees is not UNSET:
            field_dict["numberOfEmployees"] = number_of_employees
        if nace_code is not UNSET:
            field_dict["naceCode"] = nace_code
        if landed_cost_supplier is not UNSET:
            field_dict["landedCostSupplier"] = landed_cost_supplier
        if currency_override is not UNSET:
            field_dict["currencyOverride"] = currency_override
        if currency_rate_override is not UNSET:
            field_dict["currencyRateOverride"] = currency_rate_override
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
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
        _instance.main_address = UNSET if _value is UNSET else _models.MainAddressInSupplierDto.from_dict(_value)
        _value = _rest.pop("mainContact", UNSET)
        _instance.main_contact = UNSET if _value is UNSET else _models.MainContactInSupplierDto.from_dict(_value)
        _instance.account_reference = _rest.pop("accountReference", UNSET)
        _value = _rest.pop("parentRecord", UNSET)
        _instance.parent_record = UNSET if _value is UNSET else _models.ParentRecordInSupplierDto.from_dict(_value)
        _value = _rest.pop("supplierClass", UNSET)
        _instance.supplier_class = UNSET if _value is UNSET else _models.SupplierClassInSupplierDto.from_dict(_value)
        _value = _rest.pop("creditTerms", UNSET)
        _instance.credit_terms = UNSET if _value is UNSET else _models.CreditTermsInSupplierDto.from_dict(_value)
        _instance.document_language = _rest.pop("documentLanguage", UNSET)
        _instance.currency_id = _rest.pop("currencyId", UNSET)
        _value = _rest.pop("remitAddress", UNSET)
        _instance.remit_address = UNSET if _value is UNSET else _models.RemitAddressInSupplierDto.from_dict(_value)
        _value = _rest.pop("remitContact", UNSET)
        _instance.remit_contact = UNSET if _value is UNSET else _models.RemitContactInSupplierDto.from_dict(_value)
        _value = _rest.pop("paymentMethod", UNSET)
        _instance.payment_method = UNSET if _value is UNSET else _models.PaymentMethodInSupplierDto.from_dict(_value)
        _instance.cash_account = _rest.pop("cashAccount", UNSET)
        _instance.charge_bearer = _rest.pop("chargeBearer", UNSET)
        _instance.account_used_for_payment = _rest.pop("accountUsedForPayment", UNSET)
        _instance.payment_by = _rest.pop("paymentBy", UNSET)
        _instance.payment_lead_time = _rest.pop("paymentLeadTime", UNSET)
        _instance.payment_ref_display_mask = _rest.pop("paymentRefDisplayMask", UNSET)
        _instance.pay_separately = _rest.pop("paySeparately", UNSET)
        _value = _rest.pop("supplierAddress", UNSET)
        _instance.supplier_address = (
            UNSET if _value is UNSET else _models.SupplierAddressInSupplierDto.from_dict(_value)
        )
        _value = _rest.pop("supplierContact", UNSET)
        _instance.supplier_contact = (
            UNSET if _value is UNSET else _models.SupplierContactInSupplierDto.from_dict(_value)
        )
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInSupplierDto.from_dict(_value)
        _instance.vat_registration_id = _rest.pop("vatRegistrationId", UNSET)
        _instance.corporate_id = _rest.pop("corporateId", UNSET)
        _value = _rest.pop("vatZone", UNSET)
        _instance.vat_zone = UNSET if _value is UNSET else _models.VatZoneInSupplierDto.from_dict(_value)
        _value = _rest.pop("glAccounts", UNSET)
        _instance.gl_accounts = UNSET if _value is UNSET else _models.GlAccountsInSupplierDto.from_dict(_value)
        _value = _rest.pop("attributes", UNSET)
        _instance.attributes = (
            UNSET
            if _value is UNSET
            else [_models.AttributeIdValueDto.from_dict(attributes_item_data) for attributes_item_data in _value]
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("supplierPaymentMethodDetails", UNSET)
        _instance.supplier_payment_method_details = (
            UNSET
            if _value is UNSET
            else [
                _models.SupplierPaymentMethodDetailDto.from_dict(supplier_payment_method_details_item_data)
                for supplier_payment_method_details_item_data in _value
            ]
        )
        _instance.retainage_apply = _rest.pop("retainageApply", UNSET)
        _instance.retainage_cash_account_id = _rest.pop("retainageCashAccountID", UNSET)
        _instance.retainage_pct = _rest.pop("retainagePct", UNSET)
        _instance.note = _rest.pop("note", UNSET)
        _instance.number_of_employees = _rest.pop("numberOfEmployees", UNSET)
        _instance.nace_code = _rest.pop("naceCode", UNSET)
        _instance.landed_cost_supplier = _rest.pop("landedCostSupplier", UNSET)
        _instance.currency_override = _rest.pop("currencyOverride", UNSET)
        _instance.currency_rate_override = _rest.pop("currencyRateOverride", UNSET)
        _instance.time_stamp = _rest.pop("timeStamp", UNSET)
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
