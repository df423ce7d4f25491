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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class SupplierDto(GeneratedModel):
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

    internal_id: int | Unset | None = UNSET
    number: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    status: SupplierDtoStatus | Unset | None = UNSET
    main_address: MainAddressInSupplierDto | Unset | None = UNSET
    main_contact: MainContactInSupplierDto | Unset | None = UNSET
    account_reference: str | Unset | None = UNSET
    parent_record: ParentRecordInSupplierDto | Unset | None = UNSET
    supplier_class: SupplierClassInSupplierDto | Unset | None = UNSET
    credit_terms: CreditTermsInSupplierDto | Unset | None = UNSET
    document_language: str | Unset | None = UNSET
    currency_id: str | Unset | None = UNSET
    remit_address: RemitAddressInSupplierDto | Unset | None = UNSET
    remit_contact: RemitContactInSupplierDto | Unset | None = UNSET
    payment_method: PaymentMethodInSupplierDto | Unset | None = UNSET
    cash_account: str | Unset | None = UNSET
    charge_bearer: SupplierDtoChargeBearer | Unset | None = UNSET
    account_used_for_payment: SupplierDtoAccountUsedForPayment | Unset | None = UNSET
    payment_by: SupplierDtoPaymentBy | Unset | None = UNSET
    payment_lead_time: int | Unset | None = UNSET
    payment_ref_display_mask: str | Unset | None = UNSET
    pay_separately: bool | Unset | None = UNSET
    supplier_address: SupplierAddressInSupplierDto | Unset | None = UNSET
    supplier_contact: SupplierContactInSupplierDto | Unset | None = UNSET
    location: LocationInSupplierDto | Unset | None = UNSET
    vat_registration_id: str | Unset | None = UNSET
    corporate_id: str | Unset | None = UNSET
    vat_zone: VatZoneInSupplierDto | Unset | None = UNSET
    gl_accounts: GlAccountsInSupplierDto | Unset | None = UNSET
    attributes: list[AttributeIdValueDto] | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    supplier_payment_method_details: list[SupplierPaymentMethodDetailDto] | Unset | None = UNSET
    retainage_apply: bool | Unset | None = UNSET
    retainage_cash_account_id: str | Unset | None = UNSET
    retainage_pct: float | Unset | None = UNSET
    note: str | Unset | None = UNSET
    number_of_employees: int | Unset | None = UNSET
    nace_code: str | Unset | None = UNSET
    landed_cost_supplier: bool | Unset | None = UNSET
    currency_override: bool | Unset | None = UNSET
    currency_rate_override: bool | Unset | None = UNSET
    time_stamp: str | Unset | None = UNSET
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
        _value = self.supplier_class
        if _value is not UNSET:
            field_dict["supplierClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.credit_terms
        if _value is not UNSET:
            field_dict["creditTerms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.document_language
        if _value is not UNSET:
            field_dict["documentLanguage"] = _value
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value
        _value = self.remit_address
        if _value is not UNSET:
            field_dict["remitAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.remit_contact
        if _value is not UNSET:
            field_dict["remitContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_method
        if _value is not UNSET:
            field_dict["paymentMethod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value
        _value = self.charge_bearer
        if _value is not UNSET:
            field_dict["chargeBearer"] = _value
        _value = self.account_used_for_payment
        if _value is not UNSET:
            field_dict["accountUsedForPayment"] = _value
        _value = self.payment_by
        if _value is not UNSET:
            field_dict["paymentBy"] = _value
        _value = self.payment_lead_time
        if _value is not UNSET:
            field_dict["paymentLeadTime"] = _value
        _value = self.payment_ref_display_mask
        if _value is not UNSET:
            field_dict["paymentRefDisplayMask"] = _value
        _value = self.pay_separately
        if _value is not UNSET:
            field_dict["paySeparately"] = _value
        _value = self.supplier_address
        if _value is not UNSET:
            field_dict["supplierAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_contact
        if _value is not UNSET:
            field_dict["supplierContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_registration_id
        if _value is not UNSET:
            field_dict["vatRegistrationId"] = _value
        _value = self.corporate_id
        if _value is not UNSET:
            field_dict["corporateId"] = _value
        _value = self.vat_zone
        if _value is not UNSET:
            field_dict["vatZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.gl_accounts
        if _value is not UNSET:
            field_dict["glAccounts"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.retainage_apply
        if _value is not UNSET:
            field_dict["retainageApply"] = _value
        _value = self.retainage_cash_account_id
        if _value is not UNSET:
            field_dict["retainageCashAccountID"] = _value
        _value = self.retainage_pct
        if _value is not UNSET:
            field_dict["retainagePct"] = _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.number_of_employees
        if _value is not UNSET:
            field_dict["numberOfEmployees"] = _value
        _value = self.nace_code
        if _value is not UNSET:
            field_dict["naceCode"] = _value
        _value = self.landed_cost_supplier
        if _value is not UNSET:
            field_dict["landedCostSupplier"] = _value
        _value = self.currency_override
        if _value is not UNSET:
            field_dict["currencyOverride"] = _value
        _value = self.currency_rate_override
        if _value is not UNSET:
            field_dict["currencyRateOverride"] = _value
        _value = self.time_stamp
        if _value is not UNSET:
            field_dict["timeStamp"] = _value
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
        if cls is not SupplierDto or src_dict.__class__ is not dict:
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
            _models.MainAddressInSupplierDto._vn_fill(_new(_models.MainAddressInSupplierDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("mainContact", UNSET)
        self.main_contact = (
            _models.MainContactInSupplierDto._vn_fill(_new(_models.MainContactInSupplierDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.account_reference = _rest.pop("accountReference", UNSET)
        _value = _rest.pop("parentRecord", UNSET)
        self.parent_record = (
            _models.ParentRecordInSupplierDto._vn_fill(_new(_models.ParentRecordInSupplierDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierClass", UNSET)
        self.supplier_class = (
            _models.SupplierClassInSupplierDto._vn_fill(_new(_models.SupplierClassInSupplierDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditTerms", UNSET)
        self.credit_terms = (
            _models.CreditTermsInSupplierDto._vn_fill(_new(_models.CreditTermsInSupplierDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.document_language = _rest.pop("documentLanguage", UNSET)
        self.currency_id = _rest.pop("currencyId", UNSET)
        _value = _rest.pop("remitAddress", UNSET)
        self.remit_address = (
            _models.RemitAddressInSupplierDto._vn_fill(_new(_models.RemitAddressInSupplierDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("remitContact", UNSET)
        self.remit_contact = (
            _models.RemitContactInSupplierDto._vn_fill(_new(_models.RemitContactInSupplierDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentMethod", UNSET)
        self.payment_method = (
            _models.PaymentMethodInSupplierDto._vn_fill(_new(_models.PaymentMethodInSupplierDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.cash_account = _rest.pop("cashAccount", UNSET)
        self.charge_bearer = _rest.pop("chargeBearer", UNSET)
        self.account_used_for_payment = _rest.pop("accountUsedForPayment", UNSET)
        self.payment_by = _rest.pop("paymentBy", UNSET)
        self.payment_lead_time = _rest.pop("paymentLeadTime", UNSET)
        self.payment_ref_display_mask = _rest.pop("paymentRefDisplayMask", UNSET)
        self.pay_separately = _rest.pop("paySeparately", UNSET)
        _value = _rest.pop("supplierAddress", UNSET)
        self.supplier_address = (
            _models.SupplierAddressInSupplierDto._vn_fill(_new(_models.SupplierAddressInSupplierDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierContact", UNSET)
        self.supplier_contact = (
            _models.SupplierContactInSupplierDto._vn_fill(_new(_models.SupplierContactInSupplierDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInSupplierDto._vn_fill(_new(_models.LocationInSupplierDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.vat_registration_id = _rest.pop("vatRegistrationId", UNSET)
        self.corporate_id = _rest.pop("corporateId", UNSET)
        _value = _rest.pop("vatZone", UNSET)
        self.vat_zone = (
            _models.VatZoneInSupplierDto._vn_fill(_new(_models.VatZoneInSupplierDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("glAccounts", UNSET)
        self.gl_accounts = (
            _models.GlAccountsInSupplierDto._vn_fill(_new(_models.GlAccountsInSupplierDto), _value)
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
        _value = _rest.pop("supplierPaymentMethodDetails", UNSET)
        self.supplier_payment_method_details = (
            [
                _models.SupplierPaymentMethodDetailDto._vn_fill(
                    _new(_models.SupplierPaymentMethodDetailDto), supplier_payment_method_details_item_data
                )
                if isinstance(supplier_payment_method_details_item_data, dict)
                else supplier_payment_method_details_item_data
                for supplier_payment_method_details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.retainage_apply = _rest.pop("retainageApply", UNSET)
        self.retainage_cash_account_id = _rest.pop("retainageCashAccountID", UNSET)
        self.retainage_pct = _rest.pop("retainagePct", UNSET)
        self.note = _rest.pop("note", UNSET)
        self.number_of_employees = _rest.pop("numberOfEmployees", UNSET)
        self.nace_code = _rest.pop("naceCode", UNSET)
        self.landed_cost_supplier = _rest.pop("landedCostSupplier", UNSET)
        self.currency_override = _rest.pop("currencyOverride", UNSET)
        self.currency_rate_override = _rest.pop("currencyRateOverride", UNSET)
        self.time_stamp = _rest.pop("timeStamp", UNSET)
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
        ("main_address", "mainAddress", False, ("model", "MainAddressInSupplierDto")),
        ("main_contact", "mainContact", False, ("model", "MainContactInSupplierDto")),
        ("account_reference", "accountReference", False, "str"),
        ("parent_record", "parentRecord", False, ("model", "ParentRecordInSupplierDto")),
        ("supplier_class", "supplierClass", False, ("model", "SupplierClassInSupplierDto")),
        ("credit_terms", "creditTerms", False, ("model", "CreditTermsInSupplierDto")),
        ("document_language", "documentLanguage", False, "str"),
        ("currency_id", "currencyId", False, "str"),
        ("remit_address", "remitAddress", False, ("model", "RemitAddressInSupplierDto")),
        ("remit_contact", "remitContact", False, ("model", "RemitContactInSupplierDto")),
        ("payment_method", "paymentMethod", False, ("model", "PaymentMethodInSupplierDto")),
        ("cash_account", "cashAccount", False, "str"),
        ("charge_bearer", "chargeBearer", False, "str"),
        ("account_used_for_payment", "accountUsedForPayment", False, "str"),
        ("payment_by", "paymentBy", False, "str"),
        ("payment_lead_time", "paymentLeadTime", False, "int"),
        ("payment_ref_display_mask", "paymentRefDisplayMask", False, "str"),
        ("pay_separately", "paySeparately", False, "bool"),
        ("supplier_address", "supplierAddress", False, ("model", "SupplierAddressInSupplierDto")),
        ("supplier_contact", "supplierContact", False, ("model", "SupplierContactInSupplierDto")),
        ("location", "location", False, ("model", "LocationInSupplierDto")),
        ("vat_registration_id", "vatRegistrationId", False, "str"),
        ("corporate_id", "corporateId", False, "str"),
        ("vat_zone", "vatZone", False, ("model", "VatZoneInSupplierDto")),
        ("gl_accounts", "glAccounts", False, ("model", "GlAccountsInSupplierDto")),
        ("attributes", "attributes", False, ("list", ("model", "AttributeIdValueDto"))),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        (
            "supplier_payment_method_details",
            "supplierPaymentMethodDetails",
            False,
            ("list", ("model", "SupplierPaymentMethodDetailDto")),
        ),
        ("retainage_apply", "retainageApply", False, "bool"),
        ("retainage_cash_account_id", "retainageCashAccountID", False, "str"),
        ("retainage_pct", "retainagePct", False, "float"),
        ("note", "note", False, "str"),
        ("number_of_employees", "numberOfEmployees", False, "int"),
        ("nace_code", "naceCode", False, "str"),
        ("landed_cost_supplier", "landedCostSupplier", False, "bool"),
        ("currency_override", "currencyOverride", False, "bool"),
        ("currency_rate_override", "currencyRateOverride", False, "bool"),
        ("time_stamp", "timeStamp", False, "str"),
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


_Lazy = _lazy_twin(SupplierDto)
