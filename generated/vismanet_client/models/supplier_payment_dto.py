from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.supplier_payment_dto_status import SupplierPaymentDtoStatus
from ..models.supplier_payment_dto_type import SupplierPaymentDtoType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class SupplierPaymentDto(GeneratedModel):
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

    type_: SupplierPaymentDtoType | Unset | None = UNSET
    document_type: str | Unset | None = UNSET
    ref_nbr: str | Unset | None = UNSET
    status: SupplierPaymentDtoStatus | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    application_date: datetime.datetime | Unset | None = UNSET
    application_period: str | Unset | None = UNSET
    payment_ref: str | Unset | None = UNSET
    supplier: SupplierInSupplierPaymentDto | Unset | None = UNSET
    location: LocationInSupplierPaymentDto | Unset | None = UNSET
    payment_method: str | Unset | None = UNSET
    cash_account: str | Unset | None = UNSET
    currency: CurrencyInSupplierPaymentDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    payment_amount: float | Unset | None = UNSET
    finance_charges: float | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    unapplied_balance: float | Unset | None = UNSET
    applied_amount: float | Unset | None = UNSET
    released: bool | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    branch: str | Unset | None = UNSET
    payment_lines: list[SupplierPaymentAdjustmentDto] | Unset | None = UNSET
    time_stamp: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.document_type
        if _value is not UNSET:
            field_dict["documentType"] = _value
        _value = self.ref_nbr
        if _value is not UNSET:
            field_dict["refNbr"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.application_date
        if _value is not UNSET:
            field_dict["applicationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.application_period
        if _value is not UNSET:
            field_dict["applicationPeriod"] = _value
        _value = self.payment_ref
        if _value is not UNSET:
            field_dict["paymentRef"] = _value
        _value = self.supplier
        if _value is not UNSET:
            field_dict["supplier"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_method
        if _value is not UNSET:
            field_dict["paymentMethod"] = _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.payment_amount
        if _value is not UNSET:
            field_dict["paymentAmount"] = _value
        _value = self.finance_charges
        if _value is not UNSET:
            field_dict["financeCharges"] = _value
        _value = self.balance
        if _value is not UNSET:
            field_dict["balance"] = _value
        _value = self.unapplied_balance
        if _value is not UNSET:
            field_dict["unappliedBalance"] = _value
        _value = self.applied_amount
        if _value is not UNSET:
            field_dict["appliedAmount"] = _value
        _value = self.released
        if _value is not UNSET:
            field_dict["released"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value
        _value = self.payment_lines
        if _value is not UNSET:
            field_dict["paymentLines"] = (
                [
                    payment_lines_item_data.to_dict()
                    if isinstance(payment_lines_item_data, GeneratedModel)
                    else payment_lines_item_data
                    for payment_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
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
        if cls is not SupplierPaymentDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.type_ = _rest.pop("type", UNSET)
        self.document_type = _rest.pop("documentType", UNSET)
        self.ref_nbr = _rest.pop("refNbr", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("applicationDate", UNSET)
        self.application_date = _parse_datetime(_value)
        self.application_period = _rest.pop("applicationPeriod", UNSET)
        self.payment_ref = _rest.pop("paymentRef", UNSET)
        _value = _rest.pop("supplier", UNSET)
        self.supplier = (
            _models.SupplierInSupplierPaymentDto._vn_fill(_new(_models.SupplierInSupplierPaymentDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInSupplierPaymentDto._vn_fill(_new(_models.LocationInSupplierPaymentDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.payment_method = _rest.pop("paymentMethod", UNSET)
        self.cash_account = _rest.pop("cashAccount", UNSET)
        _value = _rest.pop("currency", UNSET)
        self.currency = (
            _models.CurrencyInSupplierPaymentDto._vn_fill(_new(_models.CurrencyInSupplierPaymentDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.description = _rest.pop("description", UNSET)
        self.payment_amount = _rest.pop("paymentAmount", UNSET)
        self.finance_charges = _rest.pop("financeCharges", UNSET)
        self.balance = _rest.pop("balance", UNSET)
        self.unapplied_balance = _rest.pop("unappliedBalance", UNSET)
        self.applied_amount = _rest.pop("appliedAmount", UNSET)
        self.released = _rest.pop("released", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        self.branch = _rest.pop("branch", UNSET)
        _value = _rest.pop("paymentLines", UNSET)
        self.payment_lines = (
            [
                _models.SupplierPaymentAdjustmentDto._vn_fill(
                    _new(_models.SupplierPaymentAdjustmentDto), payment_lines_item_data
                )
                if isinstance(payment_lines_item_data, dict)
                else payment_lines_item_data
                for payment_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
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
        ("type_", "type", False, "str"),
        ("document_type", "documentType", False, "str"),
        ("ref_nbr", "refNbr", False, "str"),
        ("status", "status", False, "str"),
        ("hold", "hold", False, "bool"),
        ("application_date", "applicationDate", False, "datetime"),
        ("application_period", "applicationPeriod", False, "str"),
        ("payment_ref", "paymentRef", False, "str"),
        ("supplier", "supplier", False, ("model", "SupplierInSupplierPaymentDto")),
        ("location", "location", False, ("model", "LocationInSupplierPaymentDto")),
        ("payment_method", "paymentMethod", False, "str"),
        ("cash_account", "cashAccount", False, "str"),
        ("currency", "currency", False, ("model", "CurrencyInSupplierPaymentDto")),
        ("description", "description", False, "str"),
        ("payment_amount", "paymentAmount", False, "float"),
        ("finance_charges", "financeCharges", False, "float"),
        ("balance", "balance", False, "float"),
        ("unapplied_balance", "unappliedBalance", False, "float"),
        ("applied_amount", "appliedAmount", False, "float"),
        ("released", "released", False, "bool"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("branch", "branch", False, "str"),
        ("payment_lines", "paymentLines", False, ("list", ("model", "SupplierPaymentAdjustmentDto"))),
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


_Lazy = _lazy_twin(SupplierPaymentDto)
