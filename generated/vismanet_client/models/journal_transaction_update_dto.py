from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class JournalTransactionUpdateDto(GeneratedModel):
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

    batch_number: DtoValueOfString | Unset | None = UNSET
    hold: DtoValueOfBoolean | Unset | None = UNSET
    transaction_date: DtoValueOfDateTime | Unset | None = UNSET
    post_period: PostPeriodInJournalTransactionUpdateDto | Unset | None = UNSET
    financial_period: FinancialPeriodInJournalTransactionUpdateDto | Unset | None = UNSET
    ledger: DtoValueOfString | Unset | None = UNSET
    currency_id: DtoValueOfString | Unset | None = UNSET
    exchange_rate: DtoValueOfDecimal | Unset | None = UNSET
    auto_reversing: DtoValueOfBoolean | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    control_total_in_currency: DtoValueOfDecimal | Unset | None = UNSET
    create_vat_transaction: DtoValueOfBoolean | Unset | None = UNSET
    skip_vat_amount_validation: DtoValueOfBoolean | Unset | None = UNSET
    transaction_code: DtoValueOfString | Unset | None = UNSET
    branch: DtoValueOfString | Unset | None = UNSET
    override_number_series: DtoValueOfBoolean | Unset | None = UNSET
    journal_transaction_lines: list[JournalTransactionLineUpdateDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.batch_number
        if _value is not UNSET:
            field_dict["batchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.transaction_date
        if _value is not UNSET:
            field_dict["transactionDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.financial_period
        if _value is not UNSET:
            field_dict["financialPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ledger
        if _value is not UNSET:
            field_dict["ledger"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.exchange_rate
        if _value is not UNSET:
            field_dict["exchangeRate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.auto_reversing
        if _value is not UNSET:
            field_dict["autoReversing"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.control_total_in_currency
        if _value is not UNSET:
            field_dict["controlTotalInCurrency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.create_vat_transaction
        if _value is not UNSET:
            field_dict["createVatTransaction"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.skip_vat_amount_validation
        if _value is not UNSET:
            field_dict["skipVatAmountValidation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.transaction_code
        if _value is not UNSET:
            field_dict["transactionCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override_number_series
        if _value is not UNSET:
            field_dict["overrideNumberSeries"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.journal_transaction_lines
        if _value is not UNSET:
            field_dict["journalTransactionLines"] = (
                [
                    journal_transaction_lines_item_data.to_dict()
                    if isinstance(journal_transaction_lines_item_data, GeneratedModel)
                    else journal_transaction_lines_item_data
                    for journal_transaction_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not JournalTransactionUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("batchNumber", UNSET)
        self.batch_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("transactionDate", UNSET)
        self.transaction_date = (
            _models.DtoValueOfDateTime._vn_fill(_new(_models.DtoValueOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("postPeriod", UNSET)
        self.post_period = (
            _models.PostPeriodInJournalTransactionUpdateDto._vn_fill(
                _new(_models.PostPeriodInJournalTransactionUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("financialPeriod", UNSET)
        self.financial_period = (
            _models.FinancialPeriodInJournalTransactionUpdateDto._vn_fill(
                _new(_models.FinancialPeriodInJournalTransactionUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("ledger", UNSET)
        self.ledger = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currencyId", UNSET)
        self.currency_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("exchangeRate", UNSET)
        self.exchange_rate = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("autoReversing", UNSET)
        self.auto_reversing = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("controlTotalInCurrency", UNSET)
        self.control_total_in_currency = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("createVatTransaction", UNSET)
        self.create_vat_transaction = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("skipVatAmountValidation", UNSET)
        self.skip_vat_amount_validation = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("transactionCode", UNSET)
        self.transaction_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("overrideNumberSeries", UNSET)
        self.override_number_series = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("journalTransactionLines", UNSET)
        self.journal_transaction_lines = (
            [
                _models.JournalTransactionLineUpdateDto._vn_fill(
                    _new(_models.JournalTransactionLineUpdateDto), journal_transaction_lines_item_data
                )
                if isinstance(journal_transaction_lines_item_data, dict)
                else journal_transaction_lines_item_data
                for journal_transaction_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("batch_number", "batchNumber", False, ("model", "DtoValueOfString")),
        ("hold", "hold", False, ("model", "DtoValueOfBoolean")),
        ("transaction_date", "transactionDate", False, ("model", "DtoValueOfDateTime")),
        ("post_period", "postPeriod", False, ("model", "PostPeriodInJournalTransactionUpdateDto")),
        ("financial_period", "financialPeriod", False, ("model", "FinancialPeriodInJournalTransactionUpdateDto")),
        ("ledger", "ledger", False, ("model", "DtoValueOfString")),
        ("currency_id", "currencyId", False, ("model", "DtoValueOfString")),
        ("exchange_rate", "exchangeRate", False, ("model", "DtoValueOfDecimal")),
        ("auto_reversing", "autoReversing", False, ("model", "DtoValueOfBoolean")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("control_total_in_currency", "controlTotalInCurrency", False, ("model", "DtoValueOfDecimal")),
        ("create_vat_transaction", "createVatTransaction", False, ("model", "DtoValueOfBoolean")),
        ("skip_vat_amount_validation", "skipVatAmountValidation", False, ("model", "DtoValueOfBoolean")),
        ("transaction_code", "transactionCode", False, ("model", "DtoValueOfString")),
        ("branch", "branch", False, ("model", "DtoValueOfString")),
        ("override_number_series", "overrideNumberSeries", False, ("model", "DtoValueOfBoolean")),
        (
            "journal_transaction_lines",
            "journalTransactionLines",
            False,
            ("list", ("model", "JournalTransactionLineUpdateDto")),
        ),
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


_Lazy = _lazy_twin(JournalTransactionUpdateDto)
