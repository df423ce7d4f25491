from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.supplier_payment_dto_status import SupplierPaymentDtoStatus
from ..models.supplier_payment_dto_type import SupplierPaymentDtoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_in_supplier_payment_dto import CurrencyInSupplierPaymentDto
    from ..models.location_in_supplier_payment_dto import LocationInSupplierPaymentDto
    from ..models.metadata_dto import MetadataDto
    from ..models.supplier_in_supplier_payment_dto import SupplierInSupplierPaymentDto
    from ..models.supplier_payment_adjustment_dto import SupplierPaymentAdjustmentDto


T = TypeVar("T", bound="SupplierPaymentDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "type_",
    "document_type",
    "ref_nbr",
    "status",
    "hold",
    "application_date",
    "application_period",
    "payment_ref",
    "supplier",
    "location",
    "payment_method",
    "cash_account",
    "currency",
    "description",
    "payment_amount",
    "finance_charges",
    "balance",
    "unapplied_balance",
    "applied_amount",
    "released",
    "last_modified_date_time",
    "branch",
    "payment_lines",
    "time_stamp",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class SupplierPaymentDto:
    """
    Attributes:
        type_ (SupplierPaymentDtoType | Unset): The top part &gt; Type &gt;The type of supplier ledger payment document.
            The following types are available: Payment, PUrchase credit note, Prepayment, Supplier refund, Voided payment.
        document_type (str | Unset): The top part &gt; Voucher no. &gt; The unique identifier of the supplier ledger
            document.
        ref_nbr (str | Unset): The top part &gt; Voucher no. &gt; The unique identifier of the supplier ledger document.
        status (SupplierPaymentDtoStatus | Unset): The top part &gt; Status &gt; The status of the supplier ledger
            document, which can be one of the following: On Hold, Printed, Open, Reserved, Closed, Voided, Released.
        hold (bool | Unset): The top part &gt; Hold &gt; A check box that means (if selected) that the status of the
            document is On hold.
        application_date (datetime.datetime | Unset): Mandatory field: The top part &gt; Date* &gt; The date when the
            payment is applied. The default value is the current business date.
        application_period (str | Unset): MAndatory field: The top part &gt; Financial period* &gt; The financial period
            of payment application.
        payment_ref (str | Unset): The top part &gt; Payment ref. &gt; A payment reference number.
        supplier (SupplierInSupplierPaymentDto | Unset): Mandatory field: The top part &gt; Supplier* &gt; The supplier.
        location (LocationInSupplierPaymentDto | Unset): Mandatory field: The top part &gt; Location* &gt; The
            supplier's location. Main location by default.
        payment_method (str | Unset): Mandatory field: The top part &gt; Payment method* &gt; The payment method
            associated with the supplier.
        cash_account (str | Unset): Mandatory field: The top part &gt; Cash account* &gt; The cash account associated
            with the payment method.
        currency (CurrencyInSupplierPaymentDto | Unset): The top part &gt; Currency &gt; The currency of the payment; by
            default, it is the currency associated with the cash account.
        description (str | Unset): The top part &gt; Description &gt; A description for the payment. You may use up to
            50 alphanumeric characters.
        payment_amount (float | Unset): The top part &gt; Payment amount &gt; The total payment amount that should be
            applied to the documents.
        finance_charges (float | Unset): The top part &gt; Finance charges &gt; The total on all finance charges applied
            to this document.
        balance (float | Unset): Balance of the payment remaining to be applied and released. Only released applications
            will count towards the balance.
        unapplied_balance (float | Unset): The top part &gt; Unapplied balance &gt; The balance that has not been
            applied. This will be a non-zero value if the payment amount is not equal to a document's total amount. Checks
            shall always have a zero unapplied balance.
        applied_amount (float | Unset): The top part &gt; Amount &gt; The amount to be applied on the application date.
        released (bool | Unset): Background information: if this check box is selected, the document has been released.
        last_modified_date_time (datetime.datetime | Unset): Background information: The date and time when the document
            has been last modified.
        branch (str | Unset):
        payment_lines (list[SupplierPaymentAdjustmentDto] | Unset):
        time_stamp (str | Unset): Identifier that represents a specific version of the resource.
            It helps to prevent simultaneous updates of the resource from overwriting each other (by using ETags and If-
            Match headers)
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    type_: SupplierPaymentDtoType | Unset = UNSET
    document_type: str | Unset = UNSET
    ref_nbr: str | Unset = UNSET
    status: SupplierPaymentDtoStatus | Unset = UNSET
    hold: bool | Unset = UNSET
    application_date: datetime.datetime | Unset = UNSET
    application_period: str | Unset = UNSET
    payment_ref: str | Unset = UNSET
    supplier: SupplierInSupplierPaymentDto | Unset = UNSET
    location: LocationInSupplierPaymentDto | Unset = UNSET
    payment_method: str | Unset = UNSET
    cash_account: str | Unset = UNSET
    currency: CurrencyInSupplierPaymentDto | Unset = UNSET
    description: str | Unset = UNSET
    payment_amount: float | Unset = UNSET
    finance_charges: float | Unset = UNSET
    balance: float | Unset = UNSET
    unapplied_balance: float | Unset = UNSET
    applied_amount: float | Unset = UNSET
    released: bool | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    branch: str | Unset = UNSET
    payment_lines: list[SupplierPaymentAdjustmentDto] | Unset = UNSET
    time_stamp: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        document_type = self.document_type

        ref_nbr = self.ref_nbr

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        hold = self.hold

        application_date: str | Unset = UNSET
        if not isinstance(self.application_date, Unset):
            application_date = self.application_date.isoformat()

        application_period = self.application_period

        payment_ref = self.payment_ref

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        payment_method = self.payment_method

        cash_account = self.cash_account

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        description = self.description

        payment_amount = self.payment_amount

        finance_charges = self.finance_charges

        balance = self.balance

        unapplied_balance = self.unapplied_balance

        applied_amount = self.applied_amount

        released = self.released

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        branch = self.branch

        payment_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_lines, Unset):
            payment_lines = []
            for payment_lines_item_data in self.payment_lines:
                payment_lines_item = payment_lines_item_data.to_dict()
                payment_lines.append(payment_lines_item)

        time_stamp = self.time_stamp

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if status is not UNSET:
            field_dict["status"] = status
        if hold is not UNSET:
            field_dict["hold"] = hold
        if application_date is not UNSET:
            field_dict["applicationDate"] = application_date
        if application_period is not UNSET:
            field_dict["applicationPeriod"] = application_period
        if payment_ref is not UNSET:
            field_dict["paymentRef"] = payment_ref
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if location is not UNSET:
            field_dict["location"] = location
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if payment_amount is not UNSET:
            field_dict["paymentAmount"] = payment_amount
        if finance_charges is not UNSET:
            field_dict["financeCharges"] = finance_charges
        if balance is not UNSET:
            field_dict["balance"] = balance
        if unapplied_balance is not UNSET:
            field_dict["unappliedBalance"] = unapplied_balance
        if applied_amount is not UNSET:
            field_dict["appliedAmount"] = applied_amount
        if released is not UNSET:
            field_dict["released"] = released
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if branch is not UNSET:
            field_dict["branch"] = branch
        if payment_lines is not UNSET:
            field_dict["paymentLines"] = payment_lines
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
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.document_type = _rest.pop("documentType", UNSET)
        _instance.ref_nbr = _rest.pop("refNbr", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("applicationDate", UNSET)
        _instance.application_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.application_period = _rest.pop("applicationPeriod", UNSET)
        _instance.payment_ref = _rest.pop("paymentRef", UNSET)
        _value = _rest.pop("supplier", UNSET)
        _instance.supplier = UNSET if _value is UNSET else _models.SupplierInSupplierPaymentDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInSupplierPaymentDto.from_dict(_value)
        _instance.payment_method = _rest.pop("paymentMethod", UNSET)
        _instance.cash_account = _rest.pop("cashAccount", UNSET)
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.CurrencyInSupplierPaymentDto.from_dict(_value)
        _instance.description = _rest.pop("description", UNSET)
        _instance.payment_amount = _rest.pop("paymentAmount", UNSET)
        _instance.finance_charges = _rest.pop("financeCharges", UNSET)
        _instance.balance = _rest.pop("balance", UNSET)
        _instance.unapplied_balance = _rest.pop("unappliedBalance", UNSET)
        _instance.applied_amount = _rest.pop("appliedAmount", UNSET)
        _instance.released = _rest.pop("released", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.branch = _rest.pop("branch", UNSET)
        _value = _rest.pop("paymentLines", UNSET)
        _instance.payment_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.SupplierPaymentAdjustmentDto.from_dict(payment_lines_item_data)
                for payment_lines_item_data in _value
            ]
        )
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
