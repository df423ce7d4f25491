from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_payment_dto_status import SupplierPaymentDtoStatus, check_supplier_payment_dto_status
from ..models.supplier_payment_dto_type import SupplierPaymentDtoType, check_supplier_payment_dto_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_in_supplier_payment_dto import CurrencyInSupplierPaymentDto
    from ..models.location_in_supplier_payment_dto import LocationInSupplierPaymentDto
    from ..models.metadata_dto import MetadataDto
    from ..models.supplier_in_supplier_payment_dto import SupplierInSupplierPaymentDto
    from ..models.supplier_payment_adjustment_dto import SupplierPaymentAdjustmentDto


T = TypeVar("T", bound="SupplierPaymentDto")


@_attrs_define
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
        from ..models.currency_in_supplier_payment_dto import CurrencyInSupplierPaymentDto
        from ..models.location_in_supplier_payment_dto import LocationInSupplierPaymentDto
        from ..models.metadata_dto import MetadataDto
        from ..models.supplier_in_supplier_payment_dto import SupplierInSupplierPaymentDto
        from ..models.supplier_payment_adjustment_dto import SupplierPaymentAdjustmentDto

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: SupplierPaymentDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_supplier_payment_dto_type(_type_)

        document_type = d.pop("documentType", UNSET)

        ref_nbr = d.pop("refNbr", UNSET)

        _status = d.pop("status", UNSET)
        status: SupplierPaymentDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_supplier_payment_dto_status(_status)

        hold = d.pop("hold", UNSET)

        _application_date = d.pop("applicationDate", UNSET)
        application_date: datetime.datetime | Unset
        if isinstance(_application_date, Unset):
            application_date = UNSET
        else:
            application_date = datetime.datetime.fromisoformat(_application_date)

        application_period = d.pop("applicationPeriod", UNSET)

        payment_ref = d.pop("paymentRef", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: SupplierInSupplierPaymentDto | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = SupplierInSupplierPaymentDto.from_dict(_supplier)

        _location = d.pop("location", UNSET)
        location: LocationInSupplierPaymentDto | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationInSupplierPaymentDto.from_dict(_location)

        payment_method = d.pop("paymentMethod", UNSET)

        cash_account = d.pop("cashAccount", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: CurrencyInSupplierPaymentDto | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = CurrencyInSupplierPaymentDto.from_dict(_currency)

        description = d.pop("description", UNSET)

        payment_amount = d.pop("paymentAmount", UNSET)

        finance_charges = d.pop("financeCharges", UNSET)

        balance = d.pop("balance", UNSET)

        unapplied_balance = d.pop("unappliedBalance", UNSET)

        applied_amount = d.pop("appliedAmount", UNSET)

        released = d.pop("released", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        branch = d.pop("branch", UNSET)

        _payment_lines = d.pop("paymentLines", UNSET)
        payment_lines: list[SupplierPaymentAdjustmentDto] | Unset = UNSET
        if _payment_lines is not UNSET:
            payment_lines = []
            for payment_lines_item_data in _payment_lines:
                payment_lines_item = SupplierPaymentAdjustmentDto.from_dict(payment_lines_item_data)

                payment_lines.append(payment_lines_item)

        time_stamp = d.pop("timeStamp", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        supplier_payment_dto = cls(
            type_=type_,
            document_type=document_type,
            ref_nbr=ref_nbr,
            status=status,
            hold=hold,
            application_date=application_date,
            application_period=application_period,
            payment_ref=payment_ref,
            supplier=supplier,
            location=location,
            payment_method=payment_method,
            cash_account=cash_account,
            currency=currency,
            description=description,
            payment_amount=payment_amount,
            finance_charges=finance_charges,
            balance=balance,
            unapplied_balance=unapplied_balance,
            applied_amount=applied_amount,
            released=released,
            last_modified_date_time=last_modified_date_time,
            branch=branch,
            payment_lines=payment_lines,
            time_stamp=time_stamp,
            error_info=error_info,
            metadata=metadata,
        )

        supplier_payment_dto.additional_properties = d
        return supplier_payment_dto

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
