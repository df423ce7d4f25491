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
from ..types import UNSET, Unset

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
class CashTransactionDto:
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

    tran_type: CashTransactionDtoTranType | Unset = UNSET
    reference_nbr: str | Unset = UNSET
    status: CashTransactionDtoStatus | Unset = UNSET
    hold: bool | Unset = UNSET
    tran_date: datetime.datetime | Unset = UNSET
    fin_period: str | Unset = UNSET
    financial_period: str | Unset = UNSET
    cash_account: CashAccountInCashTransactionDto | Unset = UNSET
    currency: str | Unset = UNSET
    entry_type: EntryTypeInCashTransactionDto | Unset = UNSET
    disb_receipt: CashTransactionDtoDisbReceipt | Unset = UNSET
    document_ref: str | Unset = UNSET
    owner: OwnerInCashTransactionDto | Unset = UNSET
    description: str | Unset = UNSET
    amount: float | Unset = UNSET
    vat_taxable_total: float | Unset = UNSET
    vat_exempt_total: float | Unset = UNSET
    tax_total: float | Unset = UNSET
    control_total: float | Unset = UNSET
    tax_amount: float | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    transaction_details: list[TransactionDetailDto] | Unset = UNSET
    tax_details: list[CashTranTaxDetailDto] | Unset = UNSET
    financials_detail: FinancialsDetailInCashTransactionDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tran_type: str | Unset = UNSET
        if not isinstance(self.tran_type, Unset):
            tran_type = self.tran_type

        reference_nbr = self.reference_nbr

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        hold = self.hold

        tran_date: str | Unset = UNSET
        if not isinstance(self.tran_date, Unset):
            tran_date = self.tran_date.isoformat()

        fin_period = self.fin_period

        financial_period = self.financial_period

        cash_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_account, Unset):
            cash_account = self.cash_account.to_dict()

        currency = self.currency

        entry_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entry_type, Unset):
            entry_type = self.entry_type.to_dict()

        disb_receipt: str | Unset = UNSET
        if not isinstance(self.disb_receipt, Unset):
            disb_receipt = self.disb_receipt

        document_ref = self.document_ref

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        description = self.description

        amount = self.amount

        vat_taxable_total = self.vat_taxable_total

        vat_exempt_total = self.vat_exempt_total

        tax_total = self.tax_total

        control_total = self.control_total

        tax_amount = self.tax_amount

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        transaction_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transaction_details, Unset):
            transaction_details = []
            for transaction_details_item_data in self.transaction_details:
                transaction_details_item = transaction_details_item_data.to_dict()
                transaction_details.append(transaction_details_item)

        tax_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = []
            for tax_details_item_data in self.tax_details:
                tax_details_item = tax_details_item_data.to_dict()
                tax_details.append(tax_details_item)

        financials_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financials_detail, Unset):
            financials_detail = self.financials_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tran_type is not UNSET:
            field_dict["tranType"] = tran_type
        if reference_nbr is not UNSET:
            field_dict["referenceNbr"] = reference_nbr
        if status is not UNSET:
            field_dict["status"] = status
        if hold is not UNSET:
            field_dict["hold"] = hold
        if tran_date is not UNSET:
            field_dict["tranDate"] = tran_date
        if fin_period is not UNSET:
            field_dict["finPeriod"] = fin_period
        if financial_period is not UNSET:
            field_dict["financialPeriod"] = financial_period
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if currency is not UNSET:
            field_dict["currency"] = currency
        if entry_type is not UNSET:
            field_dict["entryType"] = entry_type
        if disb_receipt is not UNSET:
            field_dict["disbReceipt"] = disb_receipt
        if document_ref is not UNSET:
            field_dict["documentRef"] = document_ref
        if owner is not UNSET:
            field_dict["owner"] = owner
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if vat_taxable_total is not UNSET:
            field_dict["vatTaxableTotal"] = vat_taxable_total
        if vat_exempt_total is not UNSET:
            field_dict["vatExemptTotal"] = vat_exempt_total
        if tax_total is not UNSET:
            field_dict["taxTotal"] = tax_total
        if control_total is not UNSET:
            field_dict["controlTotal"] = control_total
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if transaction_details is not UNSET:
            field_dict["transactionDetails"] = transaction_details
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details
        if financials_detail is not UNSET:
            field_dict["financialsDetail"] = financials_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.tran_type = _rest.pop("tranType", UNSET)
        _instance.reference_nbr = _rest.pop("referenceNbr", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("tranDate", UNSET)
        _instance.tran_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.fin_period = _rest.pop("finPeriod", UNSET)
        _instance.financial_period = _rest.pop("financialPeriod", UNSET)
        _value = _rest.pop("cashAccount", UNSET)
        _instance.cash_account = UNSET if _value is UNSET else _models.CashAccountInCashTransactionDto.from_dict(_value)
        _instance.currency = _rest.pop("currency", UNSET)
        _value = _rest.pop("entryType", UNSET)
        _instance.entry_type = UNSET if _value is UNSET else _models.EntryTypeInCashTransactionDto.from_dict(_value)
        _instance.disb_receipt = _rest.pop("disbReceipt", UNSET)
        _instance.document_ref = _rest.pop("documentRef", UNSET)
        _value = _rest.pop("owner", UNSET)
        _instance.owner = UNSET if _value is UNSET else _models.OwnerInCashTransactionDto.from_dict(_value)
        _instance.description = _rest.pop("description", UNSET)
        _instance.amount = _rest.pop("amount", UNSET)
        _instance.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        _instance.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        _instance.tax_total = _rest.pop("taxTotal", UNSET)
        _instance.control_total = _rest.pop("controlTotal", UNSET)
        _instance.tax_amount = _rest.pop("taxAmount", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("transactionDetails", UNSET)
        _instance.transaction_details = (
            UNSET
            if _value is UNSET
            else [
                _models.TransactionDetailDto.from_dict(transaction_details_item_data)
                for transaction_details_item_data in _value
            ]
        )
        _value = _rest.pop("taxDetails", UNSET)
        _instance.tax_details = (
            UNSET
            if _value is UNSET
            else [_models.CashTranTaxDetailDto.from_dict(tax_details_item_data) for tax_details_item_data in _value]
        )
        _value = _rest.pop("financialsDetail", UNSET)
        _instance.financials_detail = (
            UNSET if _value is UNSET else _models.FinancialsDetailInCashTransactionDto.from_dict(_value)
        )
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
