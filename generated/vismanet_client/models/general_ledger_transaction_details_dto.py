from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class GeneralLedgerTransactionDetailsDto:
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

    line_number: int | Unset = UNSET
    module: str | Unset = UNSET
    batch_number: str | Unset = UNSET
    tran_date: datetime.datetime | Unset = UNSET
    period: str | Unset = UNSET
    description: str | Unset = UNSET
    ref_number: str | Unset = UNSET
    branch: BranchInGeneralLedgerTransactionDetailsDto | Unset = UNSET
    account: AccountInGeneralLedgerTransactionDetailsDto | Unset = UNSET
    ledger: LedgerInGeneralLedgerTransactionDetailsDto | Unset = UNSET
    subaccount: str | Unset = UNSET
    beg_balance: float | Unset = UNSET
    debit_amount: float | Unset = UNSET
    credit_amount: float | Unset = UNSET
    ending_balance: float | Unset = UNSET
    currency: str | Unset = UNSET
    curr_beg_balance: float | Unset = UNSET
    curr_debit_amount: float | Unset = UNSET
    curr_credit_amount: float | Unset = UNSET
    curr_ending_balance: float | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        module = self.module

        batch_number = self.batch_number

        tran_date: str | Unset = UNSET
        if not isinstance(self.tran_date, Unset):
            tran_date = self.tran_date.isoformat()

        period = self.period

        description = self.description

        ref_number = self.ref_number

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        ledger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ledger, Unset):
            ledger = self.ledger.to_dict()

        subaccount = self.subaccount

        beg_balance = self.beg_balance

        debit_amount = self.debit_amount

        credit_amount = self.credit_amount

        ending_balance = self.ending_balance

        currency = self.currency

        curr_beg_balance = self.curr_beg_balance

        curr_debit_amount = self.curr_debit_amount

        curr_credit_amount = self.curr_credit_amount

        curr_ending_balance = self.curr_ending_balance

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if module is not UNSET:
            field_dict["module"] = module
        if batch_number is not UNSET:
            field_dict["batchNumber"] = batch_number
        if tran_date is not UNSET:
            field_dict["tranDate"] = tran_date
        if period is not UNSET:
            field_dict["period"] = period
        if description is not UNSET:
            field_dict["description"] = description
        if ref_number is not UNSET:
            field_dict["refNumber"] = ref_number
        if branch is not UNSET:
            field_dict["branch"] = branch
        if account is not UNSET:
            field_dict["account"] = account
        if ledger is not UNSET:
            field_dict["ledger"] = ledger
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if beg_balance is not UNSET:
            field_dict["begBalance"] = beg_balance
        if debit_amount is not UNSET:
            field_dict["debitAmount"] = debit_amount
        if credit_amount is not UNSET:
            field_dict["creditAmount"] = credit_amount
        if ending_balance is not UNSET:
            field_dict["endingBalance"] = ending_balance
        if currency is not UNSET:
            field_dict["currency"] = currency
        if curr_beg_balance is not UNSET:
            field_dict["currBegBalance"] = curr_beg_balance
        if curr_debit_amount is not UNSET:
            field_dict["currDebitAmount"] = curr_debit_amount
        if curr_credit_amount is not UNSET:
            field_dict["currCreditAmount"] = curr_credit_amount
        if curr_ending_balance is not UNSET:
            field_dict["currEndingBalance"] = curr_ending_balance
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
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
        _instance.line_number = _rest.pop("lineNumber", UNSET)
        _instance.module = _rest.pop("module", UNSET)
        _instance.batch_number = _rest.pop("batchNumber", UNSET)
        _value = _rest.pop("tranDate", UNSET)
        _instance.tran_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.period = _rest.pop("period", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.ref_number = _rest.pop("refNumber", UNSET)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = (
            UNSET if _value is UNSET else _models.BranchInGeneralLedgerTransactionDetailsDto.from_dict(_value)
        )
        _value = _rest.pop("account", UNSET)
        _instance.account = (
            UNSET if _value is UNSET else _models.AccountInGeneralLedgerTransactionDetailsDto.from_dict(_value)
        )
        _value = _rest.pop("ledger", UNSET)
        _instance.ledger = (
            UNSET if _value is UNSET else _models.LedgerInGeneralLedgerTransactionDetailsDto.from_dict(_value)
        )
        _instance.subaccount = _rest.pop("subaccount", UNSET)
        _instance.beg_balance = _rest.pop("begBalance", UNSET)
        _instance.debit_amount = _rest.pop("debitAmount", UNSET)
        _instance.credit_amount = _rest.pop("creditAmount", UNSET)
        _instance.ending_balance = _rest.pop("endingBalance", UNSET)
        _instance.currency = _rest.pop("currency", UNSET)
        _instance.curr_beg_balance = _rest.pop("currBegBalance", UNSET)
        _instance.curr_debit_amount = _rest.pop("currDebitAmount", UNSET)
        _instance.curr_credit_amount = _rest.pop("currCreditAmount", UNSET)
        _instance.curr_ending_balance = _rest.pop("currEndingBalance", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
