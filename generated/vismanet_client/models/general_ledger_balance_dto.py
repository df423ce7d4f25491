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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class GeneralLedgerBalanceDto(GeneratedModel):
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

    branch: BranchNumberDto | Unset | None = UNSET
    ledger: LedgerDescriptionDto | Unset | None = UNSET
    balance_type: GeneralLedgerBalanceDtoBalanceType | Unset | None = UNSET
    financial_period: str | Unset | None = UNSET
    account: AccountNumberDescriptionDto | Unset | None = UNSET
    subaccount_id: str | Unset | None = UNSET
    sub_account_cd: str | Unset | None = UNSET
    currency_id: str | Unset | None = UNSET
    period_to_date_debit: float | Unset | None = UNSET
    period_to_date_credit: float | Unset | None = UNSET
    beginning_balance: float | Unset | None = UNSET
    year_to_date_balance: float | Unset | None = UNSET
    period_to_date_debit_in_currency: float | Unset | None = UNSET
    period_to_date_credit_in_currency: float | Unset | None = UNSET
    beginning_balance_in_currency: float | Unset | None = UNSET
    year_to_date_balance_in_currency: float | Unset | None = UNSET
    year_closed: bool | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ledger
        if _value is not UNSET:
            field_dict["ledger"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.balance_type
        if _value is not UNSET:
            field_dict["balanceType"] = _value
        _value = self.financial_period
        if _value is not UNSET:
            field_dict["financialPeriod"] = _value
        _value = self.account
        if _value is not UNSET:
            field_dict["account"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.subaccount_id
        if _value is not UNSET:
            field_dict["subaccountId"] = _value
        _value = self.sub_account_cd
        if _value is not UNSET:
            field_dict["subAccountCd"] = _value
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value
        _value = self.period_to_date_debit
        if _value is not UNSET:
            field_dict["periodToDateDebit"] = _value
        _value = self.period_to_date_credit
        if _value is not UNSET:
            field_dict["periodToDateCredit"] = _value
        _value = self.beginning_balance
        if _value is not UNSET:
            field_dict["beginningBalance"] = _value
        _value = self.year_to_date_balance
        if _value is not UNSET:
            field_dict["yearToDateBalance"] = _value
        _value = self.period_to_date_debit_in_currency
        if _value is not UNSET:
            field_dict["periodToDateDebitInCurrency"] = _value
        _value = self.period_to_date_credit_in_currency
        if _value is not UNSET:
            field_dict["periodToDateCreditInCurrency"] = _value
        _value = self.beginning_balance_in_currency
        if _value is not UNSET:
            field_dict["beginningBalanceInCurrency"] = _value
        _value = self.year_to_date_balance_in_currency
        if _value is not UNSET:
            field_dict["yearToDateBalanceInCurrency"] = _value
        _value = self.year_closed
        if _value is not UNSET:
            field_dict["yearClosed"] = _value
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
        if cls is not GeneralLedgerBalanceDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchNumberDto._vn_fill(_new(_models.BranchNumberDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("ledger", UNSET)
        self.ledger = (
            _models.LedgerDescriptionDto._vn_fill(_new(_models.LedgerDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.balance_type = _rest.pop("balanceType", UNSET)
        self.financial_period = _rest.pop("financialPeriod", UNSET)
        _value = _rest.pop("account", UNSET)
        self.account = (
            _models.AccountNumberDescriptionDto._vn_fill(_new(_models.AccountNumberDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.subaccount_id = _rest.pop("subaccountId", UNSET)
        self.sub_account_cd = _rest.pop("subAccountCd", UNSET)
        self.currency_id = _rest.pop("currencyId", UNSET)
        self.period_to_date_debit = _rest.pop("periodToDateDebit", UNSET)
        self.period_to_date_credit = _rest.pop("periodToDateCredit", UNSET)
        self.beginning_balance = _rest.pop("beginningBalance", UNSET)
        self.year_to_date_balance = _rest.pop("yearToDateBalance", UNSET)
        self.period_to_date_debit_in_currency = _rest.pop("periodToDateDebitInCurrency", UNSET)
        self.period_to_date_credit_in_currency = _rest.pop("periodToDateCreditInCurrency", UNSET)
        self.beginning_balance_in_currency = _rest.pop("beginningBalanceInCurrency", UNSET)
        self.year_to_date_balance_in_currency = _rest.pop("yearToDateBalanceInCurrency", UNSET)
        self.year_closed = _rest.pop("yearClosed", UNSET)
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
        ("branch", "branch", False, ("model", "BranchNumberDto")),
        ("ledger", "ledger", False, ("model", "LedgerDescriptionDto")),
        ("balance_type", "balanceType", False, "str"),
        ("financial_period", "financialPeriod", False, "str"),
        ("account", "account", False, ("model", "AccountNumberDescriptionDto")),
        ("subaccount_id", "subaccountId", False, "str"),
        ("sub_account_cd", "subAccountCd", False, "str"),
        ("currency_id", "currencyId", False, "str"),
        ("period_to_date_debit", "periodToDateDebit", False, "float"),
        ("period_to_date_credit", "periodToDateCredit", False, "float"),
        ("beginning_balance", "beginningBalance", False, "float"),
        ("year_to_date_balance", "yearToDateBalance", False, "float"),
        ("period_to_date_debit_in_currency", "periodToDateDebitInCurrency", False, "float"),
        ("period_to_date_credit_in_currency", "periodToDateCreditInCurrency", False, "float"),
        ("beginning_balance_in_currency", "beginningBalanceInCurrency", False, "float"),
        ("year_to_date_balance_in_currency", "yearToDateBalanceInCurrency", False, "float"),
        ("year_closed", "yearClosed", False, "bool"),
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


_Lazy = _lazy_twin(GeneralLedgerBalanceDto)
