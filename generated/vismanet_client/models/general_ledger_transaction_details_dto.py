from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_in_general_ledger_transaction_details_dto import AccountInGeneralLedgerTransactionDetailsDto
    from ..models.branch_in_general_ledger_transaction_details_dto import BranchInGeneralLedgerTransactionDetailsDto
    from ..models.ledger_in_general_ledger_transaction_details_dto import LedgerInGeneralLedgerTransactionDetailsDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="GeneralLedgerTransactionDetailsDto")


@_attrs_define
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
        from ..models.account_in_general_ledger_transaction_details_dto import (
            AccountInGeneralLedgerTransactionDetailsDto,
        )
        from ..models.branch_in_general_ledger_transaction_details_dto import BranchInGeneralLedgerTransactionDetailsDto
        from ..models.ledger_in_general_ledger_transaction_details_dto import LedgerInGeneralLedgerTransactionDetailsDto
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        line_number = d.pop("lineNumber", UNSET)

        module = d.pop("module", UNSET)

        batch_number = d.pop("batchNumber", UNSET)

        _tran_date = d.pop("tranDate", UNSET)
        tran_date: datetime.datetime | Unset
        if isinstance(_tran_date, Unset):
            tran_date = UNSET
        else:
            tran_date = datetime.datetime.fromisoformat(_tran_date)

        period = d.pop("period", UNSET)

        description = d.pop("description", UNSET)

        ref_number = d.pop("refNumber", UNSET)

        _branch = d.pop("branch", UNSET)
        branch: BranchInGeneralLedgerTransactionDetailsDto | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = BranchInGeneralLedgerTransactionDetailsDto.from_dict(_branch)

        _account = d.pop("account", UNSET)
        account: AccountInGeneralLedgerTransactionDetailsDto | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = AccountInGeneralLedgerTransactionDetailsDto.from_dict(_account)

        _ledger = d.pop("ledger", UNSET)
        ledger: LedgerInGeneralLedgerTransactionDetailsDto | Unset
        if isinstance(_ledger, Unset):
            ledger = UNSET
        else:
            ledger = LedgerInGeneralLedgerTransactionDetailsDto.from_dict(_ledger)

        subaccount = d.pop("subaccount", UNSET)

        beg_balance = d.pop("begBalance", UNSET)

        debit_amount = d.pop("debitAmount", UNSET)

        credit_amount = d.pop("creditAmount", UNSET)

        ending_balance = d.pop("endingBalance", UNSET)

        currency = d.pop("currency", UNSET)

        curr_beg_balance = d.pop("currBegBalance", UNSET)

        curr_debit_amount = d.pop("currDebitAmount", UNSET)

        curr_credit_amount = d.pop("currCreditAmount", UNSET)

        curr_ending_balance = d.pop("currEndingBalance", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        general_ledger_transaction_details_dto = cls(
            line_number=line_number,
            module=module,
            batch_number=batch_number,
            tran_date=tran_date,
            period=period,
            description=description,
            ref_number=ref_number,
            branch=branch,
            account=account,
            ledger=ledger,
            subaccount=subaccount,
            beg_balance=beg_balance,
            debit_amount=debit_amount,
            credit_amount=credit_amount,
            ending_balance=ending_balance,
            currency=currency,
            curr_beg_balance=curr_beg_balance,
            curr_debit_amount=curr_debit_amount,
            curr_credit_amount=curr_credit_amount,
            curr_ending_balance=curr_ending_balance,
            last_modified_date_time=last_modified_date_time,
            error_info=error_info,
            metadata=metadata,
        )

        general_ledger_transaction_details_dto.additional_properties = d
        return general_ledger_transaction_details_dto

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
