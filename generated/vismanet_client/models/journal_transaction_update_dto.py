from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
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
        from ..models.dto_value_of_boolean import DtoValueOfBoolean
        from ..models.dto_value_of_date_time import DtoValueOfDateTime
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.financial_period_in_journal_transaction_update_dto import (
            FinancialPeriodInJournalTransactionUpdateDto,
        )
        from ..models.journal_transaction_line_update_dto import JournalTransactionLineUpdateDto
        from ..models.post_period_in_journal_transaction_update_dto import PostPeriodInJournalTransactionUpdateDto

        d = dict(src_dict)
        _batch_number = d.pop("batchNumber", UNSET)
        batch_number: DtoValueOfString | Unset
        if isinstance(_batch_number, Unset):
            batch_number = UNSET
        else:
            batch_number = DtoValueOfString.from_dict(_batch_number)

        _hold = d.pop("hold", UNSET)
        hold: DtoValueOfBoolean | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = DtoValueOfBoolean.from_dict(_hold)

        _transaction_date = d.pop("transactionDate", UNSET)
        transaction_date: DtoValueOfDateTime | Unset
        if isinstance(_transaction_date, Unset):
            transaction_date = UNSET
        else:
            transaction_date = DtoValueOfDateTime.from_dict(_transaction_date)

        _post_period = d.pop("postPeriod", UNSET)
        post_period: PostPeriodInJournalTransactionUpdateDto | Unset
        if isinstance(_post_period, Unset):
            post_period = UNSET
        else:
            post_period = PostPeriodInJournalTransactionUpdateDto.from_dict(_post_period)

        _financial_period = d.pop("financialPeriod", UNSET)
        financial_period: FinancialPeriodInJournalTransactionUpdateDto | Unset
        if isinstance(_financial_period, Unset):
            financial_period = UNSET
        else:
            financial_period = FinancialPeriodInJournalTransactionUpdateDto.from_dict(_financial_period)

        _ledger = d.pop("ledger", UNSET)
        ledger: DtoValueOfString | Unset
        if isinstance(_ledger, Unset):
            ledger = UNSET
        else:
            ledger = DtoValueOfString.from_dict(_ledger)

        _currency_id = d.pop("currencyId", UNSET)
        currency_id: DtoValueOfString | Unset
        if isinstance(_currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = DtoValueOfString.from_dict(_currency_id)

        _exchange_rate = d.pop("exchangeRate", UNSET)
        exchange_rate: DtoValueOfDecimal | Unset
        if isinstance(_exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = DtoValueOfDecimal.from_dict(_exchange_rate)

        _auto_reversing = d.pop("autoReversing", UNSET)
        auto_reversing: DtoValueOfBoolean | Unset
        if isinstance(_auto_reversing, Unset):
            auto_reversing = UNSET
        else:
            auto_reversing = DtoValueOfBoolean.from_dict(_auto_reversing)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _control_total_in_currency = d.pop("controlTotalInCurrency", UNSET)
        control_total_in_currency: DtoValueOfDecimal | Unset
        if isinstance(_control_total_in_currency, Unset):
            control_total_in_currency = UNSET
        else:
            control_total_in_currency = DtoValueOfDecimal.from_dict(_control_total_in_currency)

        _create_vat_transaction = d.pop("createVatTransaction", UNSET)
        create_vat_transaction: DtoValueOfBoolean | Unset
        if isinstance(_create_vat_transaction, Unset):
            create_vat_transaction = UNSET
        else:
            create_vat_transaction = DtoValueOfBoolean.from_dict(_create_vat_transaction)

        _skip_vat_amount_validation = d.pop("skipVatAmountValidation", UNSET)
        skip_vat_amount_validation: DtoValueOfBoolean | Unset
        if isinstance(_skip_vat_amount_validation, Unset):
            skip_vat_amount_validation = UNSET
        else:
            skip_vat_amount_validation = DtoValueOfBoolean.from_dict(_skip_vat_amount_validation)

        _transaction_code = d.pop("transactionCode", UNSET)
        transaction_code: DtoValueOfString | Unset
        if isinstance(_transaction_code, Unset):
            transaction_code = UNSET
        else:
            transaction_code = DtoValueOfString.from_dict(_transaction_code)

        _branch = d.pop("branch", UNSET)
        branch: DtoValueOfString | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = DtoValueOfString.from_dict(_branch)

        _override_number_series = d.pop("overrideNumberSeries", UNSET)
        override_number_series: DtoValueOfBoolean | Unset
        if isinstance(_override_number_series, Unset):
            override_number_series = UNSET
        else:
            override_number_series = DtoValueOfBoolean.from_dict(_override_number_series)

        _journal_transaction_lines = d.pop("journalTransactionLines", UNSET)
        journal_transaction_lines: list[JournalTransactionLineUpdateDto] | Unset = UNSET
        if _journal_transaction_lines is not UNSET:
            journal_transaction_lines = []
            for journal_transaction_lines_item_data in _journal_transaction_lines:
                journal_transaction_lines_item = JournalTransactionLineUpdateDto.from_dict(
                    journal_transaction_lines_item_data
                )

                journal_transaction_lines.append(journal_transaction_lines_item)

        journal_transaction_update_dto = cls(
            batch_number=batch_number,
            hold=hold,
            transaction_date=transaction_date,
            post_period=post_period,
            financial_period=financial_period,
            ledger=ledger,
            currency_id=currency_id,
            exchange_rate=exchange_rate,
            auto_reversing=auto_reversing,
            description=description,
            control_total_in_currency=control_total_in_currency,
            create_vat_transaction=create_vat_transaction,
            skip_vat_amount_validation=skip_vat_amount_validation,
            transaction_code=transaction_code,
            branch=branch,
            override_number_series=override_number_series,
            journal_transaction_lines=journal_transaction_lines,
        )

        journal_transaction_update_dto.additional_properties = d
        return journal_transaction_update_dto

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
