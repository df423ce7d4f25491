from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.general_ledger_balance_dto_balance_type import (
    GeneralLedgerBalanceDtoBalanceType,
    check_general_ledger_balance_dto_balance_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_number_description_dto import AccountNumberDescriptionDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.ledger_description_dto import LedgerDescriptionDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="GeneralLedgerBalanceDto")


@_attrs_define
class GeneralLedgerBalanceDto:
    """This class represents a General Ledger Balance in GeneralLedgerBalanceController. Used by getting data.

    Attributes:
        branch (BranchNumberDto | Unset):
        ledger (LedgerDescriptionDto | Unset):
        balance_type (GeneralLedgerBalanceDtoBalanceType | Unset):
        financial_period (str | Unset): The financial period to which the transactions recorded in the document should
            be posted. Format YYYYMM.
        account (AccountNumberDescriptionDto | Unset):
        subaccount_id (str | Unset):
        sub_account_cd (str | Unset):
        currency_id (str | Unset):
        period_to_date_debit (float | Unset): The total of all debit movements for the selected period.
        period_to_date_credit (float | Unset): The total of all credit movements for the selected period.
        beginning_balance (float | Unset): The total account balance at the start of the selected period.
        year_to_date_balance (float | Unset): The total account balance at the end of the selected period.
        period_to_date_debit_in_currency (float | Unset): The total of all debit movements in the currency of the
            selected account for the selected period.
        period_to_date_credit_in_currency (float | Unset): The total of all credit movements in the currency of the
            selected account for the selected period.
        beginning_balance_in_currency (float | Unset): The total account balance in the currency of the selected account
            at the start of the selected period.
        year_to_date_balance_in_currency (float | Unset): The total account balance in the currency of the selected
            account at the end of the selected period.
        year_closed (bool | Unset): True when the last period of a financial year is  closed in all modules.
        last_modified_date_time (datetime.datetime | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    branch: BranchNumberDto | Unset = UNSET
    ledger: LedgerDescriptionDto | Unset = UNSET
    balance_type: GeneralLedgerBalanceDtoBalanceType | Unset = UNSET
    financial_period: str | Unset = UNSET
    account: AccountNumberDescriptionDto | Unset = UNSET
    subaccount_id: str | Unset = UNSET
    sub_account_cd: str | Unset = UNSET
    currency_id: str | Unset = UNSET
    period_to_date_debit: float | Unset = UNSET
    period_to_date_credit: float | Unset = UNSET
    beginning_balance: float | Unset = UNSET
    year_to_date_balance: float | Unset = UNSET
    period_to_date_debit_in_currency: float | Unset = UNSET
    period_to_date_credit_in_currency: float | Unset = UNSET
    beginning_balance_in_currency: float | Unset = UNSET
    year_to_date_balance_in_currency: float | Unset = UNSET
    year_closed: bool | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        ledger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ledger, Unset):
            ledger = self.ledger.to_dict()

        balance_type: str | Unset = UNSET
        if not isinstance(self.balance_type, Unset):
            balance_type = self.balance_type

        financial_period = self.financial_period

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        subaccount_id = self.subaccount_id

        sub_account_cd = self.sub_account_cd

        currency_id = self.currency_id

        period_to_date_debit = self.period_to_date_debit

        period_to_date_credit = self.period_to_date_credit

        beginning_balance = self.beginning_balance

        year_to_date_balance = self.year_to_date_balance

        period_to_date_debit_in_currency = self.period_to_date_debit_in_currency

        period_to_date_credit_in_currency = self.period_to_date_credit_in_currency

        beginning_balance_in_currency = self.beginning_balance_in_currency

        year_to_date_balance_in_currency = self.year_to_date_balance_in_currency

        year_closed = self.year_closed

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
        if branch is not UNSET:
            field_dict["branch"] = branch
        if ledger is not UNSET:
            field_dict["ledger"] = ledger
        if balance_type is not UNSET:
            field_dict["balanceType"] = balance_type
        if financial_period is not UNSET:
            field_dict["financialPeriod"] = financial_period
        if account is not UNSET:
            field_dict["account"] = account
        if subaccount_id is not UNSET:
            field_dict["subaccountId"] = subaccount_id
        if sub_account_cd is not UNSET:
            field_dict["subAccountCd"] = sub_account_cd
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if period_to_date_debit is not UNSET:
            field_dict["periodToDateDebit"] = period_to_date_debit
        if period_to_date_credit is not UNSET:
            field_dict["periodToDateCredit"] = period_to_date_credit
        if beginning_balance is not UNSET:
            field_dict["beginningBalance"] = beginning_balance
        if year_to_date_balance is not UNSET:
            field_dict["yearToDateBalance"] = year_to_date_balance
        if period_to_date_debit_in_currency is not UNSET:
            field_dict["periodToDateDebitInCurrency"] = period_to_date_debit_in_currency
        if period_to_date_credit_in_currency is not UNSET:
            field_dict["periodToDateCreditInCurrency"] = period_to_date_credit_in_currency
        if beginning_balance_in_currency is not UNSET:
            field_dict["beginningBalanceInCurrency"] = beginning_balance_in_currency
        if year_to_date_balance_in_currency is not UNSET:
            field_dict["yearToDateBalanceInCurrency"] = year_to_date_balance_in_currency
        if year_closed is not UNSET:
            field_dict["yearClosed"] = year_closed
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_number_description_dto import AccountNumberDescriptionDto
        from ..models.branch_number_dto import BranchNumberDto
        from ..models.ledger_description_dto import LedgerDescriptionDto
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        _branch = d.pop("branch", UNSET)
        branch: BranchNumberDto | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = BranchNumberDto.from_dict(_branch)

        _ledger = d.pop("ledger", UNSET)
        ledger: LedgerDescriptionDto | Unset
        if isinstance(_ledger, Unset):
            ledger = UNSET
        else:
            ledger = LedgerDescriptionDto.from_dict(_ledger)

        _balance_type = d.pop("balanceType", UNSET)
        balance_type: GeneralLedgerBalanceDtoBalanceType | Unset
        if isinstance(_balance_type, Unset):
            balance_type = UNSET
        else:
            balance_type = check_general_ledger_balance_dto_balance_type(_balance_type)

        financial_period = d.pop("financialPeriod", UNSET)

        _account = d.pop("account", UNSET)
        account: AccountNumberDescriptionDto | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = AccountNumberDescriptionDto.from_dict(_account)

        subaccount_id = d.pop("subaccountId", UNSET)

        sub_account_cd = d.pop("subAccountCd", UNSET)

        currency_id = d.pop("currencyId", UNSET)

        period_to_date_debit = d.pop("periodToDateDebit", UNSET)

        period_to_date_credit = d.pop("periodToDateCredit", UNSET)

        beginning_balance = d.pop("beginningBalance", UNSET)

        year_to_date_balance = d.pop("yearToDateBalance", UNSET)

        period_to_date_debit_in_currency = d.pop("periodToDateDebitInCurrency", UNSET)

        period_to_date_credit_in_currency = d.pop("periodToDateCreditInCurrency", UNSET)

        beginning_balance_in_currency = d.pop("beginningBalanceInCurrency", UNSET)

        year_to_date_balance_in_currency = d.pop("yearToDateBalanceInCurrency", UNSET)

        year_closed = d.pop("yearClosed", UNSET)

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

        general_ledger_balance_dto = cls(
            branch=branch,
            ledger=ledger,
            balance_type=balance_type,
            financial_period=financial_period,
            account=account,
            subaccount_id=subaccount_id,
            sub_account_cd=sub_account_cd,
            currency_id=currency_id,
            period_to_date_debit=period_to_date_debit,
            period_to_date_credit=period_to_date_credit,
            beginning_balance=beginning_balance,
            year_to_date_balance=year_to_date_balance,
            period_to_date_debit_in_currency=period_to_date_debit_in_currency,
            period_to_date_credit_in_currency=period_to_date_credit_in_currency,
            beginning_balance_in_currency=beginning_balance_in_currency,
            year_to_date_balance_in_currency=year_to_date_balance_in_currency,
            year_closed=year_closed,
            last_modified_date_time=last_modified_date_time,
            error_info=error_info,
            metadata=metadata,
        )

        general_ledger_balance_dto.additional_properties = d
        return general_ledger_balance_dto

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
