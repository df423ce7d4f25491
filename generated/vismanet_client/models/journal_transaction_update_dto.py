from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_date_time import DtoValueOfDateTime
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.financial_period_in_journal_transaction_update_dto import FinancialPeriodInJournalTransactionUpdateDto
    from ..models.journal_transaction_line_update_dto import JournalTransactionLineUpdateDto
    from ..models.post_period_in_journal_transaction_update_dto import PostPeriodInJournalTransactionUpdateDto


T = TypeVar("T", bound="JournalTransactionUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "batch_number",
    "hold",
    "transaction_date",
    "post_period",
    "financial_period",
    "ledger",
    "currency_id",
    "exchange_rate",
    "auto_reversing",
    "description",
    "control_total_in_currency",
    "create_vat_transaction",
    "skip_vat_amount_validation",
    "transaction_code",
    "branch",
    "override_number_series",
    "journal_transaction_lines",
)


@_attrs_define(repr=False)
class JournalTransactionUpdateDto:
    """This class represents a journal transaction in JournalTransactionController. Used for creating/updating data.

    Attributes:
        batch_number (DtoValueOfString | Unset):
        hold (DtoValueOfBoolean | Unset):
        transaction_date (DtoValueOfDateTime | Unset):
        post_period (PostPeriodInJournalTransactionUpdateDto | Unset): The financial period to which the transactions
            recorded in the document should be posted. Use the format MMYYYY.
        financial_period (FinancialPeriodInJournalTransactionUpdateDto | Unset): The financial period to which the
            transactions recorded in the document should be posted. Use the format YYYYMM.
        ledger (DtoValueOfString | Unset):
        currency_id (DtoValueOfString | Unset):
        exchange_rate (DtoValueOfDecimal | Unset):
        auto_reversing (DtoValueOfBoolean | Unset):
        description (DtoValueOfString | Unset):
        control_total_in_currency (DtoValueOfDecimal | Unset):
        create_vat_transaction (DtoValueOfBoolean | Unset):
        skip_vat_amount_validation (DtoValueOfBoolean | Unset):
        transaction_code (DtoValueOfString | Unset):
        branch (DtoValueOfString | Unset):
        override_number_series (DtoValueOfBoolean | Unset):
        journal_transaction_lines (list[JournalTransactionLineUpdateDto] | Unset):
    """

    batch_number: DtoValueOfString | Unset = UNSET
    hold: DtoValueOfBoolean | Unset = UNSET
    transaction_date: DtoValueOfDateTime | Unset = UNSET
    post_period: PostPeriodInJournalTransactionUpdateDto | Unset = UNSET
    financial_period: FinancialPeriodInJournalTransactionUpdateDto | Unset = UNSET
    ledger: DtoValueOfString | Unset = UNSET
    currency_id: DtoValueOfString | Unset = UNSET
    exchange_rate: DtoValueOfDecimal | Unset = UNSET
    auto_reversing: DtoValueOfBoolean | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    control_total_in_currency: DtoValueOfDecimal | Unset = UNSET
    create_vat_transaction: DtoValueOfBoolean | Unset = UNSET
    skip_vat_amount_validation: DtoValueOfBoolean | Unset = UNSET
    transaction_code: DtoValueOfString | Unset = UNSET
    branch: DtoValueOfString | Unset = UNSET
    override_number_series: DtoValueOfBoolean | Unset = UNSET
    journal_transaction_lines: list[JournalTransactionLineUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.batch_number, Unset):
            batch_number = self.batch_number.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        transaction_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_date, Unset):
            transaction_date = self.transaction_date.to_dict()

        post_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_period, Unset):
            post_period = self.post_period.to_dict()

        financial_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_period, Unset):
            financial_period = self.financial_period.to_dict()

        ledger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ledger, Unset):
            ledger = self.ledger.to_dict()

        currency_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_id, Unset):
            currency_id = self.currency_id.to_dict()

        exchange_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange_rate, Unset):
            exchange_rate = self.exchange_rate.to_dict()

        auto_reversing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_reversing, Unset):
            auto_reversing = self.auto_reversing.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        control_total_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_total_in_currency, Unset):
            control_total_in_currency = self.control_total_in_currency.to_dict()

        create_vat_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.create_vat_transaction, Unset):
            create_vat_transaction = self.create_vat_transaction.to_dict()

        skip_vat_amount_validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skip_vat_amount_validation, Unset):
            skip_vat_amount_validation = self.skip_vat_amount_validation.to_dict()

        transaction_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_code, Unset):
            transaction_code = self.transaction_code.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        override_number_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_number_series, Unset):
            override_number_series = self.override_number_series.to_dict()

        journal_transaction_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.journal_transaction_lines, Unset):
            journal_transaction_lines = []
            for journal_transaction_lines_item_data in self.journal_transaction_lines:
                journal_transaction_lines_item = journal_transaction_lines_item_data.to_dict()
                journal_transaction_lines.append(journal_transaction_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_number is not UNSET:
            field_dict["batchNumber"] = batch_number
        if hold is not UNSET:
            field_dict["hold"] = hold
        if transaction_date is not UNSET:
            field_dict["transactionDate"] = transaction_date
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if financial_period is not UNSET:
            field_dict["financialPeriod"] = financial_period
        if ledger is not UNSET:
            field_dict["ledger"] = ledger
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if auto_reversing is not UNSET:
            field_dict["autoReversing"] = auto_reversing
        if description is not UNSET:
            field_dict["description"] = description
        if control_total_in_currency is not UNSET:
            field_dict["controlTotalInCurrency"] = control_total_in_currency
        if create_vat_transaction is not UNSET:
            field_dict["createVatTransaction"] = create_vat_transaction
        if skip_vat_amount_validation is not UNSET:
            field_dict["skipVatAmountValidation"] = skip_vat_amount_validation
        if transaction_code is not UNSET:
            field_dict["transactionCode"] = transaction_code
        if branch is not UNSET:
            field_dict["branch"] = branch
        if override_number_series is not UNSET:
            field_dict["overrideNumberSeries"] = override_number_series
        if journal_transaction_lines is not UNSET:
            field_dict["journalTransactionLines"] = journal_transaction_lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("batchNumber", UNSET)
        _instance.batch_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("transactionDate", UNSET)
        _instance.transaction_date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("postPeriod", UNSET)
        _instance.post_period = (
            UNSET if _value is UNSET else _models.PostPeriodInJournalTransactionUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("financialPeriod", UNSET)
        _instance.financial_period = (
            UNSET if _value is UNSET else _models.FinancialPeriodInJournalTransactionUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("ledger", UNSET)
        _instance.ledger = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("currencyId", UNSET)
        _instance.currency_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("exchangeRate", UNSET)
        _instance.exchange_rate = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("autoReversing", UNSET)
        _instance.auto_reversing = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("controlTotalInCurrency", UNSET)
        _instance.control_total_in_currency = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("createVatTransaction", UNSET)
        _instance.create_vat_transaction = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("skipVatAmountValidation", UNSET)
        _instance.skip_vat_amount_validation = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("transactionCode", UNSET)
        _instance.transaction_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("overrideNumberSeries", UNSET)
        _instance.override_number_series = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("journalTransactionLines", UNSET)
        _instance.journal_transaction_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.JournalTransactionLineUpdateDto.from_dict(journal_transaction_lines_item_data)
                for journal_transaction_lines_item_data in _value
            ]
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
