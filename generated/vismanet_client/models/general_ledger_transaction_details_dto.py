from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.account_in_general_ledger_transaction_details_dto import AccountInGeneralLedgerTransactionDetailsDto
    from ..models.branch_in_general_ledger_transaction_details_dto import BranchInGeneralLedgerTransactionDetailsDto
    from ..models.ledger_in_general_ledger_transaction_details_dto import LedgerInGeneralLedgerTransactionDetailsDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="GeneralLedgerTransactionDetailsDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_number",
    "module",
    "batch_number",
    "tran_date",
    "period",
    "description",
    "ref_number",
    "branch",
    "account",
    "ledger",
    "subaccount",
    "beg_balance",
    "debit_amount",
    "credit_amount",
    "ending_balance",
    "currency",
    "curr_beg_balance",
    "curr_debit_amount",
    "curr_credit_amount",
    "curr_ending_balance",
    "last_modified_date_time",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class GeneralLedgerTransactionDetailsDto(GeneratedModel):
    """
    Attributes:
        line_number (int | Unset):
        module (str | Unset): Workspace &gt; The workspace where the transaction originated.
        batch_number (str | Unset): Batch number &gt; The reference number of the batch (generated for the transaction)
            that updated the balance of the selected account.
        tran_date (datetime.datetime | Unset): Trans date &gt; The date of the transaction.
        period (str | Unset): Period &gt; The financial period of the transaction.
        description (str | Unset): Description &gt; The user-defined description of the transaction.
        ref_number (str | Unset): Ref. number &gt; The reference number of the external document on which this
            transaction is based.
        branch (BranchInGeneralLedgerTransactionDetailsDto | Unset): Branch &gt; The branch of the company.
        account (AccountInGeneralLedgerTransactionDetailsDto | Unset): Account &gt; The account updated by the batch
            transactions.
        ledger (LedgerInGeneralLedgerTransactionDetailsDto | Unset): Ledger &gt; The ledger used for the batch.
        subaccount (str | Unset): Subaccount &gt; The subaccount used in the batch.
        beg_balance (float | Unset): Beg. balance &gt; The running total of the account's beginning balance calculated
            in the order of transactions displayed in the table.
        debit_amount (float | Unset): Debit amount &gt; The transaction debit amount charged to the account during the
            selected financial period.
        credit_amount (float | Unset): Credit amount &gt; The transaction credit amount charged to the account during
            the selected financial period.
        ending_balance (float | Unset): Ending balance &gt; The running total of the account's ending balance calculated
            in the order of transactions displayed in the table.
        currency (str | Unset): Click the Show currency details check box to view the below fields in the window.
            Currency &gt; The currency of transactions in the account. If it is not specified, the balance is in the base
            currency.
        curr_beg_balance (float | Unset): Beg. balance (currency) &gt; The account balance in the selected currency at
            the start of the selected period.
        curr_debit_amount (float | Unset): Debit amount (currency) &gt; The debit amount in the selected currency for
            the specified account over the selected period.
        curr_credit_amount (float | Unset): Credit amount (currency) &gt; The credit amount in the selected currency for
            the specified account over the selected period.
        curr_ending_balance (float | Unset): Ending balance (currency) &gt; The account balance in the selected currency
            at the start of the selected period.
        last_modified_date_time (datetime.datetime | Unset): System generated information reflecting when the last
            change was done.
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    line_number: int | Unset | None = UNSET
    module: str | Unset | None = UNSET
    batch_number: str | Unset | None = UNSET
    tran_date: datetime.datetime | Unset | None = UNSET
    period: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    ref_number: str | Unset | None = UNSET
    branch: BranchInGeneralLedgerTransactionDetailsDto | Unset | None = UNSET
    account: AccountInGeneralLedgerTransactionDetailsDto | Unset | None = UNSET
    ledger: LedgerInGeneralLedgerTransactionDetailsDto | Unset | None = UNSET
    subaccount: str | Unset | None = UNSET
    beg_balance: float | Unset | None = UNSET
    debit_amount: float | Unset | None = UNSET
    credit_amount: float | Unset | None = UNSET
    ending_balance: float | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    curr_beg_balance: float | Unset | None = UNSET
    curr_debit_amount: float | Unset | None = UNSET
    curr_credit_amount: float | Unset | None = UNSET
    curr_ending_balance: float | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value
        _value = self.module
        if _value is not UNSET:
            field_dict["module"] = _value
        _value = self.batch_number
        if _value is not UNSET:
            field_dict["batchNumber"] = _value
        _value = self.tran_date
        if _value is not UNSET:
            field_dict["tranDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.period
        if _value is not UNSET:
            field_dict["period"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.ref_number
        if _value is not UNSET:
            field_dict["refNumber"] = _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account
        if _value is not UNSET:
            field_dict["account"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ledger
        if _value is not UNSET:
            field_dict["ledger"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.subaccount
        if _value is not UNSET:
            field_dict["subaccount"] = _value
        _value = self.beg_balance
        if _value is not UNSET:
            field_dict["begBalance"] = _value
        _value = self.debit_amount
        if _value is not UNSET:
            field_dict["debitAmount"] = _value
        _value = self.credit_amount
        if _value is not UNSET:
            field_dict["creditAmount"] = _value
        _value = self.ending_balance
        if _value is not UNSET:
            field_dict["endingBalance"] = _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.curr_beg_balance
        if _value is not UNSET:
            field_dict["currBegBalance"] = _value
        _value = self.curr_debit_amount
        if _value is not UNSET:
            field_dict["currDebitAmount"] = _value
        _value = self.curr_credit_amount
        if _value is not UNSET:
            field_dict["currCreditAmount"] = _value
        _value = self.curr_ending_balance
        if _value is not UNSET:
            field_dict["currEndingBalance"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
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
        if cls is not GeneralLedgerTransactionDetailsDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_number = _rest.pop("lineNumber", UNSET)
        self.module = _rest.pop("module", UNSET)
        self.batch_number = _rest.pop("batchNumber", UNSET)
        _value = _rest.pop("tranDate", UNSET)
        self.tran_date = _parse_datetime(_value)
        self.period = _rest.pop("period", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.ref_number = _rest.pop("refNumber", UNSET)
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInGeneralLedgerTransactionDetailsDto._vn_fill(
                _new(_models.BranchInGeneralLedgerTransactionDetailsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("account", UNSET)
        self.account = (
            _models.AccountInGeneralLedgerTransactionDetailsDto._vn_fill(
                _new(_models.AccountInGeneralLedgerTransactionDetailsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("ledger", UNSET)
        self.ledger = (
            _models.LedgerInGeneralLedgerTransactionDetailsDto._vn_fill(
                _new(_models.LedgerInGeneralLedgerTransactionDetailsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.subaccount = _rest.pop("subaccount", UNSET)
        self.beg_balance = _rest.pop("begBalance", UNSET)
        self.debit_amount = _rest.pop("debitAmount", UNSET)
        self.credit_amount = _rest.pop("creditAmount", UNSET)
        self.ending_balance = _rest.pop("endingBalance", UNSET)
        self.currency = _rest.pop("currency", UNSET)
        self.curr_beg_balance = _rest.pop("currBegBalance", UNSET)
        self.curr_debit_amount = _rest.pop("currDebitAmount", UNSET)
        self.curr_credit_amount = _rest.pop("currCreditAmount", UNSET)
        self.curr_ending_balance = _rest.pop("currEndingBalance", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
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
        ("line_number", "lineNumber", False, "int"),
        ("module", "module", False, "str"),
        ("batch_number", "batchNumber", False, "str"),
        ("tran_date", "tranDate", False, "datetime"),
        ("period", "period", False, "str"),
        ("description", "description", False, "str"),
        ("ref_number", "refNumber", False, "str"),
        ("branch", "branch", False, ("model", "BranchInGeneralLedgerTransactionDetailsDto")),
        ("account", "account", False, ("model", "AccountInGeneralLedgerTransactionDetailsDto")),
        ("ledger", "ledger", False, ("model", "LedgerInGeneralLedgerTransactionDetailsDto")),
        ("subaccount", "subaccount", False, "str"),
        ("beg_balance", "begBalance", False, "float"),
        ("debit_amount", "debitAmount", False, "float"),
        ("credit_amount", "creditAmount", False, "float"),
        ("ending_balance", "endingBalance", False, "float"),
        ("currency", "currency", False, "str"),
        ("curr_beg_balance", "currBegBalance", False, "float"),
        ("curr_debit_amount", "currDebitAmount", False, "float"),
        ("curr_credit_amount", "currCreditAmount", False, "float"),
        ("curr_ending_balance", "currEndingBalance", False, "float"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
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


_Lazy = _lazy_twin(GeneralLedgerTransactionDetailsDto)
