from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.cash_transaction_dto_disb_receipt import (
    CashTransactionDtoDisbReceipt,
)
from ..models.cash_transaction_dto_status import CashTransactionDtoStatus
from ..models.cash_transaction_dto_tran_type import CashTransactionDtoTranType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.cash_account_in_cash_transaction_dto import CashAccountInCashTransactionDto
    from ..models.cash_tran_tax_detail_dto import CashTranTaxDetailDto
    from ..models.entry_type_in_cash_transaction_dto import EntryTypeInCashTransactionDto
    from ..models.financials_detail_in_cash_transaction_dto import FinancialsDetailInCashTransactionDto
    from ..models.owner_in_cash_transaction_dto import OwnerInCashTransactionDto
    from ..models.transaction_detail_dto import TransactionDetailDto


T = TypeVar("T", bound="CashTransactionDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "tran_type",
    "reference_nbr",
    "status",
    "hold",
    "tran_date",
    "fin_period",
    "financial_period",
    "cash_account",
    "currency",
    "entry_type",
    "disb_receipt",
    "document_ref",
    "owner",
    "description",
    "amount",
    "vat_taxable_total",
    "vat_exempt_total",
    "tax_total",
    "control_total",
    "tax_amount",
    "last_modified_date_time",
    "transaction_details",
    "tax_details",
    "financials_detail",
)


@_attrs_define(repr=False)
class CashTransactionDto(GeneratedModel):
    """
    Attributes:
        tran_type (CashTransactionDtoTranType | Unset): The top part &gt; Trans type &gt; 	The type of cash transaction.
        reference_nbr (str | Unset): The top part &gt; Ref. no. &gt; The unique identifier assigned to the cash
            transaction in accordance with the numbering sequence.
        status (CashTransactionDtoStatus | Unset): The top part &gt; Status &gt; The status of the transaction, which is
            automatically assigned by the system.
        hold (bool | Unset): The top part &gt; Hold &gt; A check box that, if selected, indicates that the transaction
            is on hold, which means it may be edited but cannot be released.
        tran_date (datetime.datetime | Unset): Mandatory field: The top part &gt; Trans. date* &gt; The date of the
            transaction.
        fin_period (str | Unset): The property is now considered obsolete. Use Financial Period instead
        financial_period (str | Unset): Mandatory field: The top part &gt; Period* &gt; The financial period to which
            the transaction should be posted.
        cash_account (CashAccountInCashTransactionDto | Unset): Mandatory field: The top part &gt; Cash account* &gt;
            The cash account that is a source account for the transaction.
        currency (str | Unset): The top part &gt; Currency &gt; The currency of the cash account.
        entry_type (EntryTypeInCashTransactionDto | Unset): Mandatory field: The top part &gt; Entry type* &gt; The
            user-defined transaction type.
        disb_receipt (CashTransactionDtoDisbReceipt | Unset): The top part &gt; Disb./receipt &gt; The basic type of the
            transaction.
        document_ref (str | Unset): The top part &gt; Document ref. &gt; The external document reference number.
        owner (OwnerInCashTransactionDto | Unset): The top part &gt; Owner &gt; The user who created the cash
            transaction.
        description (str | Unset): The top part &gt; Description &gt; A detailed description of the transaction.
        amount (float | Unset): The top part &gt; Amount &gt; The amount of the transaction.
        vat_taxable_total (float | Unset): The top part &gt; VAT taxable total &gt; The document total that is subjected
            to VAT.
        vat_exempt_total (float | Unset): The top part &gt; VAT exempt total &gt;  The document total that is exempt
            from VAT.
        tax_total (float | Unset): The top part &gt; VAT total &gt; The total amount of tax paid in the document.
        control_total (float | Unset): Mandatory field: The top part &gt; Control total &gt; The control total of the
            transaction.
        tax_amount (float | Unset): The top part &gt; VAT amount &gt; The VAT amount to be paid for the document. A user
            enters this amount manually.
        last_modified_date_time (datetime.datetime | Unset): System generated information.
        transaction_details (list[TransactionDetailDto] | Unset): Transaction details tab &gt;
        tax_details (list[CashTranTaxDetailDto] | Unset): VAT details tab &gt;
        financials_detail (FinancialsDetailInCashTransactionDto | Unset): Financial details tab &gt;
    """

    tran_type: CashTransactionDtoTranType | Unset | None = UNSET
    reference_nbr: str | Unset | None = UNSET
    status: CashTransactionDtoStatus | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    tran_date: datetime.datetime | Unset | None = UNSET
    fin_period: str | Unset | None = UNSET
    financial_period: str | Unset | None = UNSET
    cash_account: CashAccountInCashTransactionDto | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    entry_type: EntryTypeInCashTransactionDto | Unset | None = UNSET
    disb_receipt: CashTransactionDtoDisbReceipt | Unset | None = UNSET
    document_ref: str | Unset | None = UNSET
    owner: OwnerInCashTransactionDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    amount: float | Unset | None = UNSET
    vat_taxable_total: float | Unset | None = UNSET
    vat_exempt_total: float | Unset | None = UNSET
    tax_total: float | Unset | None = UNSET
    control_total: float | Unset | None = UNSET
    tax_amount: float | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    transaction_details: list[TransactionDetailDto] | Unset | None = UNSET
    tax_details: list[CashTranTaxDetailDto] | Unset | None = UNSET
    financials_detail: FinancialsDetailInCashTransactionDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.tran_type
        if _value is not UNSET:
            field_dict["tranType"] = _value
        _value = self.reference_nbr
        if _value is not UNSET:
            field_dict["referenceNbr"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.tran_date
        if _value is not UNSET:
            field_dict["tranDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.fin_period
        if _value is not UNSET:
            field_dict["finPeriod"] = _value
        _value = self.financial_period
        if _value is not UNSET:
            field_dict["financialPeriod"] = _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.entry_type
        if _value is not UNSET:
            field_dict["entryType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.disb_receipt
        if _value is not UNSET:
            field_dict["disbReceipt"] = _value
        _value = self.document_ref
        if _value is not UNSET:
            field_dict["documentRef"] = _value
        _value = self.owner
        if _value is not UNSET:
            field_dict["owner"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value
        _value = self.vat_taxable_total
        if _value is not UNSET:
            field_dict["vatTaxableTotal"] = _value
        _value = self.vat_exempt_total
        if _value is not UNSET:
            field_dict["vatExemptTotal"] = _value
        _value = self.tax_total
        if _value is not UNSET:
            field_dict["taxTotal"] = _value
        _value = self.control_total
        if _value is not UNSET:
            field_dict["controlTotal"] = _value
        _value = self.tax_amount
        if _value is not UNSET:
            field_dict["taxAmount"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.transaction_details
        if _value is not UNSET:
            field_dict["transactionDetails"] = (
                [
                    transaction_details_item_data.to_dict()
                    if isinstance(transaction_details_item_data, GeneratedModel)
                    else transaction_details_item_data
                    for transaction_details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.tax_details
        if _value is not UNSET:
            field_dict["taxDetails"] = (
                [
                    tax_details_item_data.to_dict()
                    if isinstance(tax_details_item_data, GeneratedModel)
                    else tax_details_item_data
                    for tax_details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.financials_detail
        if _value is not UNSET:
            field_dict["financialsDetail"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CashTransactionDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.tran_type = _rest.pop("tranType", UNSET)
        self.reference_nbr = _rest.pop("referenceNbr", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("tranDate", UNSET)
        self.tran_date = _parse_datetime(_value)
        self.fin_period = _rest.pop("finPeriod", UNSET)
        self.financial_period = _rest.pop("financialPeriod", UNSET)
        _value = _rest.pop("cashAccount", UNSET)
        self.cash_account = (
            _models.CashAccountInCashTransactionDto._vn_fill(_new(_models.CashAccountInCashTransactionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.currency = _rest.pop("currency", UNSET)
        _value = _rest.pop("entryType", UNSET)
        self.entry_type = (
            _models.EntryTypeInCashTransactionDto._vn_fill(_new(_models.EntryTypeInCashTransactionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.disb_receipt = _rest.pop("disbReceipt", UNSET)
        self.document_ref = _rest.pop("documentRef", UNSET)
        _value = _rest.pop("owner", UNSET)
        self.owner = (
            _models.OwnerInCashTransactionDto._vn_fill(_new(_models.OwnerInCashTransactionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.description = _rest.pop("description", UNSET)
        self.amount = _rest.pop("amount", UNSET)
        self.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        self.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        self.tax_total = _rest.pop("taxTotal", UNSET)
        self.control_total = _rest.pop("controlTotal", UNSET)
        self.tax_amount = _rest.pop("taxAmount", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("transactionDetails", UNSET)
        self.transaction_details = (
            [
                _models.TransactionDetailDto._vn_fill(_new(_models.TransactionDetailDto), transaction_details_item_data)
                if isinstance(transaction_details_item_data, dict)
                else transaction_details_item_data
                for transaction_details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("taxDetails", UNSET)
        self.tax_details = (
            [
                _models.CashTranTaxDetailDto._vn_fill(_new(_models.CashTranTaxDetailDto), tax_details_item_data)
                if isinstance(tax_details_item_data, dict)
                else tax_details_item_data
                for tax_details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("financialsDetail", UNSET)
        self.financials_detail = (
            _models.FinancialsDetailInCashTransactionDto._vn_fill(
                _new(_models.FinancialsDetailInCashTransactionDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("tran_type", "tranType", False, "str"),
        ("reference_nbr", "referenceNbr", False, "str"),
        ("status", "status", False, "str"),
        ("hold", "hold", False, "bool"),
        ("tran_date", "tranDate", False, "datetime"),
        ("fin_period", "finPeriod", False, "str"),
        ("financial_period", "financialPeriod", False, "str"),
        ("cash_account", "cashAccount", False, ("model", "CashAccountInCashTransactionDto")),
        ("currency", "currency", False, "str"),
        ("entry_type", "entryType", False, ("model", "EntryTypeInCashTransactionDto")),
        ("disb_receipt", "disbReceipt", False, "str"),
        ("document_ref", "documentRef", False, "str"),
        ("owner", "owner", False, ("model", "OwnerInCashTransactionDto")),
        ("description", "description", False, "str"),
        ("amount", "amount", False, "float"),
        ("vat_taxable_total", "vatTaxableTotal", False, "float"),
        ("vat_exempt_total", "vatExemptTotal", False, "float"),
        ("tax_total", "taxTotal", False, "float"),
        ("control_total", "controlTotal", False, "float"),
        ("tax_amount", "taxAmount", False, "float"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("transaction_details", "transactionDetails", False, ("list", ("model", "TransactionDetailDto"))),
        ("tax_details", "taxDetails", False, ("list", ("model", "CashTranTaxDetailDto"))),
        ("financials_detail", "financialsDetail", False, ("model", "FinancialsDetailInCashTransactionDto")),
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


_Lazy = _lazy_twin(CashTransactionDto)
