from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.journal_transaction_dto_module import JournalTransactionDtoModule
from ..models.journal_transaction_dto_status import JournalTransactionDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.journal_transaction_line_dto import JournalTransactionLineDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="JournalTransactionDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "module",
    "batch_number",
    "status",
    "hold",
    "transaction_date",
    "post_period",
    "financial_period",
    "ledger",
    "ledger_description",
    "currency_id",
    "exchange_rate",
    "auto_reversing",
    "reversing_entry",
    "description",
    "original_batch_number",
    "debit_total",
    "debit_total_in_currency",
    "credit_total",
    "credit_total_in_currency",
    "control_total",
    "control_total_in_currency",
    "create_vat_transaction",
    "skip_vat_amount_validation",
    "last_modified_date_time",
    "transaction_code",
    "transaction_code_description",
    "branch",
    "journal_transaction_lines",
    "attachments",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class JournalTransactionDto:
    """This class represents a journal transaction in JournalTransactionController. Used by getting data.

    Attributes:
        module (JournalTransactionDtoModule | Unset): The top part &gt; Workspace &gt; The workspace where the batch
            originates. New batches can be created only for General ledger.
        batch_number (str | Unset): The top part &gt; Batch number &gt; The unique ID of the batch, which is generated
            by the numbering sequence assigned to batches in the GL102000 window.
        status (JournalTransactionDtoStatus | Unset): The top part &gt; Status &gt; The current status of the batch. The
            status defines what processing can be applied to the batch. The following options are available: On hold,
            Balanced, Scheduled, Unposted, Posted, Void.
        hold (bool | Unset): The top part &gt; Hold &gt; A check box that indicates (if selected) that the batch has the
            On hold status and cannot be released or posted. You can clear the check box only if the batch has total debits
            equal to total credits.
        transaction_date (datetime.datetime | Unset): Mandatory field: The top part &gt; Transaction date* &gt; The date
            when the batch was created, which relates to the transaction dates of the journal entries.
        post_period (str | Unset): Mandatory field: The top part &gt; Post period* &gt; The financial period to which
            the transactions recorded in the document should be posted. Format MMYYYY.
        financial_period (str | Unset): Mandatory field: The top part Post period* &gt; The financial period to which
            the transactions should be posted. Format YYYYMM.
        ledger (str | Unset): Mandatory field: The top part &gt; Ledger* &gt; The unique ID of the ledger to which batch
            transactions are posted. By default, it is the default posting ledger specified for the branch in the GL101010
            window, but another posting ledger can be selected.
        ledger_description (str | Unset): Mandatory field: The top part &gt; Ledger* &gt; Click the magnifier &gt; The
            description of the ledger to which batch transactions are posted. By default, it is the default posting ledger
            specified for the branch in the GL101010 window, but another posting ledger can be selected.
        currency_id (str | Unset): The top part &gt; Currency &gt; The currency used for all the journal transactions in
            the selected batch.
        exchange_rate (float | Unset): Ingformation collected from the system to calculate currency amount.
        auto_reversing (bool | Unset): The top part &gt; Automatic reversing &gt; A check box that indicates (if
            selected) that the batch is auto-reversing.
        reversing_entry (bool | Unset): The top part &gt; Reversing entry &gt; A check box that indicates (if selected)
            that the batch is a reversing batch. The Orig.batch number field displays the ID of the batch that was reversed
            by this batch.
        description (str | Unset): The top part &gt; Description &gt; A description of the batch.
        original_batch_number (str | Unset): The top part &gt; Orig. batch number &gt; For a scheduled or auto-reversing
            batch, the reference number of the batch used as a template.
        debit_total (float | Unset): The top part &gt; Debit total &gt; The total of transaction debit amounts for the
            batch; the value is calculated automatically.
        debit_total_in_currency (float | Unset): Background calculation giving you the Debit total in your default
            currency. This field is applicable if the amount is given in another currency than your default.
        credit_total (float | Unset): The top part &gt; Credit total &gt; The total of transaction credit amounts for
            the batch; the value is calculated automatically.
        credit_total_in_currency (float | Unset): Background calculation giving you the Credit total in your default
            currency. This field is applicable if the amount is given in a another currency than your default.
        control_total (float | Unset): The top part &gt; Control total &gt; The control total of the batch, which is
            used for batch status validation.
        control_total_in_currency (float | Unset): Background calculation giving you the Control total in your default
            currency. This field is applicable if the amount is given in another currency than your default.
        create_vat_transaction (bool | Unset): The top part &gt; Create VAT transactions &gt; A check box that indicates
            (if selected) that a VAT-related transaction can be created manually; select this check box when you begin to
            create the transaction.
        skip_vat_amount_validation (bool | Unset): The top part &gt; Skip VAT amount validation &gt; A check box that
            (if selected) causes automatic validation of a VAT-related transaction that you create manually to be skipped.
        last_modified_date_time (datetime.datetime | Unset): System generated information.
        transaction_code (str | Unset):
        transaction_code_description (str | Unset): The Table part &gt; Transaction description &gt; A description of
            the transaction or any comments relevant to the transaction.
        branch (str | Unset): The top part &gt; Branch &gt;  The branch to which this batch is related. This field is
            available if your company is set up with branches.
        journal_transaction_lines (list[JournalTransactionLineDto] | Unset):
        attachments (list[AttachmentDto] | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    module: JournalTransactionDtoModule | Unset = UNSET
    batch_number: str | Unset = UNSET
    status: JournalTransactionDtoStatus | Unset = UNSET
    hold: bool | Unset = UNSET
    transaction_date: datetime.datetime | Unset = UNSET
    post_period: str | Unset = UNSET
    financial_period: str | Unset = UNSET
    ledger: str | Unset = UNSET
    ledger_description: str | Unset = UNSET
    currency_id: str | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    auto_reversing: bool | Unset = UNSET
    reversing_entry: bool | Unset = UNSET
    description: str | Unset = UNSET
    original_batch_number: str | Unset = UNSET
    debit_total: float | Unset = UNSET
    debit_total_in_currency: float | Unset = UNSET
    credit_total: float | Unset = UNSET
    credit_total_in_currency: float | Unset = UNSET
    control_total: float | Unset = UNSET
    control_total_in_currency: float | Unset = UNSET
    create_vat_transaction: bool | Unset = UNSET
    skip_vat_amount_validation: bool | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    transaction_code: str | Unset = UNSET
    transaction_code_description: str | Unset = UNSET
    branch: str | Unset = UNSET
    journal_transaction_lines: list[JournalTransactionLineDto] | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        module: str | Unset = UNSET
        if not isinstance(self.module, Unset):
            module = self.module

        batch_number = self.batch_number

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        hold = self.hold

        transaction_date: str | Unset = UNSET
        if not isinstance(self.transaction_date, Unset):
            transaction_date = self.transaction_date.isoformat()

        post_period = self.post_period

        financial_period = self.financial_period

        ledger = self.ledger

        ledger_description = self.ledger_description

        currency_id = self.currency_id

        exchange_rate = self.exchange_rate

        auto_reversing = self.auto_reversing

        reversing_entry = self.reversing_entry

        description = self.description

        original_batch_number = self.original_batch_number

        debit_total = self.debit_total

        debit_total_in_currency = self.debit_total_in_currency

        credit_total = self.credit_total

        credit_total_in_currency = self.credit_total_in_currency

        control_total = self.control_total

        control_total_in_currency = self.control_total_in_currency

        create_vat_transaction = self.create_vat_transaction

        skip_vat_amount_validation = self.skip_vat_amount_validation

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        transaction_code = self.transaction_code

        transaction_code_description = self.transaction_code_description

        branch = self.branch

        journal_transaction_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.journal_transaction_lines, Unset):
            journal_transaction_lines = []
            for journal_transaction_lines_item_data in self.journal_transaction_lines:
                journal_transaction_lines_item = journal_transaction_lines_item_data.to_dict()
                journal_transaction_lines.append(journal_transaction_lines_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if module is not UNSET:
            field_dict["module"] = module
        if batch_number is not UNSET:
            field_dict["batchNumber"] = batch_number
        if status is not UNSET:
            field_dict["status"] = status
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
        if ledger_description is not UNSET:
            field_dict["ledgerDescription"] = ledger_description
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if auto_reversing is not UNSET:
            field_dict["autoReversing"] = auto_reversing
        if reversing_entry is not UNSET:
            field_dict["reversingEntry"] = reversing_entry
        if description is not UNSET:
            field_dict["description"] = description
        if original_batch_number is not UNSET:
            field_dict["originalBatchNumber"] = original_batch_number
        if debit_total is not UNSET:
            field_dict["debitTotal"] = debit_total
        if debit_total_in_currency is not UNSET:
            field_dict["debitTotalInCurrency"] = debit_total_in_currency
        if credit_total is not UNSET:
            field_dict["creditTotal"] = credit_total
        if credit_total_in_currency is not UNSET:
            field_dict["creditTotalInCurrency"] = credit_total_in_currency
        if control_total is not UNSET:
            field_dict["controlTotal"] = control_total
        if control_total_in_currency is not UNSET:
            field_dict["controlTotalInCurrency"] = control_total_in_currency
        if create_vat_transaction is not UNSET:
            field_dict["createVatTransaction"] = create_vat_transaction
        if skip_vat_amount_validation is not UNSET:
            field_dict["skipVatAmountValidation"] = skip_vat_amount_validation
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if transaction_code is not UNSET:
            field_dict["transactionCode"] = transaction_code
        if transaction_code_description is not UNSET:
            field_dict["transactionCodeDescription"] = transaction_code_description
        if branch is not UNSET:
            field_dict["branch"] = branch
        if journal_transaction_lines is not UNSET:
            field_dict["journalTransactionLines"] = journal_transaction_lines
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
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
        _instance.module = _rest.pop("module", UNSET)
        _instance.batch_number = _rest.pop("batchNumber", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("transactionDate", UNSET)
        _instance.transaction_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.post_period = _rest.pop("postPeriod", UNSET)
        _instance.financial_period = _rest.pop("financialPeriod", UNSET)
        _instance.ledger = _rest.pop("ledger", UNSET)
        _instance.ledger_description = _rest.pop("ledgerDescription", UNSET)
        _instance.currency_id = _rest.pop("currencyId", UNSET)
        _instance.exchange_rate = _rest.pop("exchangeRate", UNSET)
        _instance.auto_reversing = _rest.pop("autoReversing", UNSET)
        _instance.reversing_entry = _rest.pop("reversingEntry", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.original_batch_number = _rest.pop("originalBatchNumber", UNSET)
        _instance.debit_total = _rest.pop("debitTotal", UNSET)
        _instance.debit_total_in_currency = _rest.pop("debitTotalInCurrency", UNSET)
        _instance.credit_total = _rest.pop("creditTotal", UNSET)
        _instance.credit_total_in_currency = _rest.pop("creditTotalInCurrency", UNSET)
        _instance.control_total = _rest.pop("controlTotal", UNSET)
        _instance.control_total_in_currency = _rest.pop("controlTotalInCurrency", UNSET)
        _instance.create_vat_transaction = _rest.pop("createVatTransaction", UNSET)
        _instance.skip_vat_amount_validation = _rest.pop("skipVatAmountValidation", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.transaction_code = _rest.pop("transactionCode", UNSET)
        _instance.transaction_code_description = _rest.pop("transactionCodeDescription", UNSET)
        _instance.branch = _rest.pop("branch", UNSET)
        _value = _rest.pop("journalTransactionLines", UNSET)
        _instance.journal_transaction_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.JournalTransactionLineDto.from_dict(journal_transaction_lines_item_data)
                for journal_transaction_lines_item_data in _value
            ]
        )
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
        )
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
