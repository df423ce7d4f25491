from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.general_ledger_balance_dto_balance_type import (
    GeneralLedgerBalanceDtoBalanceType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_number_description_dto import AccountNumberDescriptionDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.ledger_description_dto import LedgerDescriptionDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="GeneralLedgerBalanceDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "branch",
    "ledger",
    "balance_type",
    "financial_period",
    "account",
    "subaccount_id",
    "sub_account_cd",
    "currency_id",
    "period_to_date_debit",
    "period_to_date_credit",
    "beginning_balance",
    "year_to_date_balance",
    "period_to_date_debit_in_currency",
    "period_to_date_credit_in_currency",
    "beginning_balance_in_currency",
    "year_to_date_balance_in_currency",
    "year_closed",
    "last_modified_date_time",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchNumberDto.from_dict(_value)
        _value = _rest.pop("ledger", UNSET)
        _instance.ledger = UNSET if _value is UNSET else _models.LedgerDescriptionDto.from_dict(_value)
        _instance.balance_type = _rest.pop("balanceType", UNSET)
        _instance.financial_period = _rest.pop("financialPeriod", UNSET)
        _value = _rest.pop("account", UNSET)
        _instance.account = UNSET if _value is UNSET else _models.AccountNumberDescriptionDto.from_dict(_value)
        _instance.subaccount_id = _rest.pop("subaccountId", UNSET)
        _instance.sub_account_cd = _rest.pop("subAccountCd", UNSET)
        _instance.currency_id = _rest.pop("currencyId", UNSET)
        _instance.period_to_date_debit = _rest.pop("periodToDateDebit", UNSET)
        _instance.period_to_date_credit = _rest.pop("periodToDateCredit", UNSET)
        _instance.beginning_balance = _rest.pop("beginningBalance", UNSET)
        _instance.year_to_date_balance = _rest.pop("yearToDateBalance", UNSET)
        _instance.period_to_date_debit_in_currency = _rest.pop("periodToDateDebitInCurrency", UNSET)
        _instance.period_to_date_credit_in_currency = _rest.pop("periodToDateCreditInCurrency", UNSET)
        _instance.beginning_balance_in_currency = _rest.pop("beginningBalanceInCurrency", UNSET)
        _instance.year_to_date_balance_in_currency = _rest.pop("yearToDateBalanceInCurrency", UNSET)
        _instance.year_closed = _rest.pop("yearClosed", UNSET)
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
