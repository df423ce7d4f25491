from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.journal_transaction_dto_module import JournalTransactionDtoModule
from ..models.journal_transaction_dto_status import JournalTransactionDtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class JournalTransactionDto(GeneratedModel):
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

    module: JournalTransactionDtoModule | Unset | None = UNSET
    batch_number: str | Unset | None = UNSET
    status: JournalTransactionDtoStatus | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    transaction_date: datetime.datetime | Unset | None = UNSET
    post_period: str | Unset | None = UNSET
    financial_period: str | Unset | None = UNSET
    ledger: str | Unset | None = UNSET
    ledger_description: str | Unset | None = UNSET
    currency_id: str | Unset | None = UNSET
    exchange_rate: float | Unset | None = UNSET
    auto_reversing: bool | Unset | None = UNSET
    reversing_entry: bool | Unset | None = UNSET
    description: str | Unset | None = UNSET
    original_batch_number: str | Unset | None = UNSET
    debit_total: float | Unset | None = UNSET
    debit_total_in_currency: float | Unset | None = UNSET
    credit_total: float | Unset | None = UNSET
    credit_total_in_currency: float | Unset | None = UNSET
    control_total: float | Unset | None = UNSET
    control_total_in_currency: float | Unset | None = UNSET
    create_vat_transaction: bool | Unset | None = UNSET
    skip_vat_amount_validation: bool | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    transaction_code: str | Unset | None = UNSET
    transaction_code_description: str | Unset | None = UNSET
    branch: str | Unset | None = UNSET
    journal_transaction_lines: list[JournalTransactionLineDto] | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.module
        if _value is not UNSET:
            field_dict["module"] = _value
        _value = self.batch_number
        if _value is not UNSET:
            field_dict["batchNumber"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.transaction_date
        if _value is not UNSET:
            field_dict["transactionDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value
        _value = self.financial_period
        if _value is not UNSET:
            field_dict["financialPeriod"] = _value
        _value = self.ledger
        if _value is not UNSET:
            field_dict["ledger"] = _value
        _value = self.ledger_description
        if _value is not UNSET:
            field_dict["ledgerDescription"] = _value
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value
        _value = self.exchange_rate
        if _value is not UNSET:
            field_dict["exchangeRate"] = _value
        _value = self.auto_reversing
        if _value is not UNSET:
            field_dict["autoReversing"] = _value
        _value = self.reversing_entry
        if _value is not UNSET:
            field_dict["reversingEntry"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.original_batch_number
        if _value is not UNSET:
            field_dict["originalBatchNumber"] = _value
        _value = self.debit_total
        if _value is not UNSET:
            field_dict["debitTotal"] = _value
        _value = self.debit_total_in_currency
        if _value is not UNSET:
            field_dict["debitTotalInCurrency"] = _value
        _value = self.credit_total
        if _value is not UNSET:
            field_dict["creditTotal"] = _value
        _value = self.credit_total_in_currency
        if _value is not UNSET:
            field_dict["creditTotalInCurrency"] = _value
        _value = self.control_total
        if _value is not UNSET:
            field_dict["controlTotal"] = _value
        _value = self.control_total_in_currency
        if _value is not UNSET:
            field_dict["controlTotalInCurrency"] = _value
        _value = self.create_vat_transaction
        if _value is not UNSET:
            field_dict["createVatTransaction"] = _value
        _value = self.skip_vat_amount_validation
        if _value is not UNSET:
            field_dict["skipVatAmountValidation"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.transaction_code
        if _value is not UNSET:
            field_dict["transactionCode"] = _value
        _value = self.transaction_code_description
        if _value is not UNSET:
            field_dict["transactionCodeDescription"] = _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value
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
        _value = self.attachments
        if _value is not UNSET:
            field_dict["attachments"] = (
                [
                    attachments_item_data.to_dict()
                    if isinstance(attachments_item_data, GeneratedModel)
                    else attachments_item_data
                    for attachments_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
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
        if cls is not JournalTransactionDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.module = _rest.pop("module", UNSET)
        self.batch_number = _rest.pop("batchNumber", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("transactionDate", UNSET)
        self.transaction_date = _parse_datetime(_value)
        self.post_period = _rest.pop("postPeriod", UNSET)
        self.financial_period = _rest.pop("financialPeriod", UNSET)
        self.ledger = _rest.pop("ledger", UNSET)
        self.ledger_description = _rest.pop("ledgerDescription", UNSET)
        self.currency_id = _rest.pop("currencyId", UNSET)
        self.exchange_rate = _rest.pop("exchangeRate", UNSET)
        self.auto_reversing = _rest.pop("autoReversing", UNSET)
        self.reversing_entry = _rest.pop("reversingEntry", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.original_batch_number = _rest.pop("originalBatchNumber", UNSET)
        self.debit_total = _rest.pop("debitTotal", UNSET)
        self.debit_total_in_currency = _rest.pop("debitTotalInCurrency", UNSET)
        self.credit_total = _rest.pop("creditTotal", UNSET)
        self.credit_total_in_currency = _rest.pop("creditTotalInCurrency", UNSET)
        self.control_total = _rest.pop("controlTotal", UNSET)
        self.control_total_in_currency = _rest.pop("controlTotalInCurrency", UNSET)
        self.create_vat_transaction = _rest.pop("createVatTransaction", UNSET)
        self.skip_vat_amount_validation = _rest.pop("skipVatAmountValidation", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        self.transaction_code = _rest.pop("transactionCode", UNSET)
        self.transaction_code_description = _rest.pop("transactionCodeDescription", UNSET)
        self.branch = _rest.pop("branch", UNSET)
        _value = _rest.pop("journalTransactionLines", UNSET)
        self.journal_transaction_lines = (
            [
                _models.JournalTransactionLineDto._vn_fill(
                    _new(_models.JournalTransactionLineDto), journal_transaction_lines_item_data
                )
                if isinstance(journal_transaction_lines_item_data, dict)
                else journal_transaction_lines_item_data
                for journal_transaction_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("attachments", UNSET)
        self.attachments = (
            [
                _models.AttachmentDto._vn_fill(_new(_models.AttachmentDto), attachments_item_data)
                if isinstance(attachments_item_data, dict)
                else attachments_item_data
                for attachments_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
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
        ("module", "module", False, "str"),
        ("batch_number", "batchNumber", False, "str"),
        ("status", "status", False, "str"),
        ("hold", "hold", False, "bool"),
        ("transaction_date", "transactionDate", False, "datetime"),
        ("post_period", "postPeriod", False, "str"),
        ("financial_period", "financialPeriod", False, "str"),
        ("ledger", "ledger", False, "str"),
        ("ledger_description", "ledgerDescription", False, "str"),
        ("currency_id", "currencyId", False, "str"),
        ("exchange_rate", "exchangeRate", False, "float"),
        ("auto_reversing", "autoReversing", False, "bool"),
        ("reversing_entry", "reversingEntry", False, "bool"),
        ("description", "description", False, "str"),
        ("original_batch_number", "originalBatchNumber", False, "str"),
        ("debit_total", "debitTotal", False, "float"),
        ("debit_total_in_currency", "debitTotalInCurrency", False, "float"),
        ("credit_total", "creditTotal", False, "float"),
        ("credit_total_in_currency", "creditTotalInCurrency", False, "float"),
        ("control_total", "controlTotal", False, "float"),
        ("control_total_in_currency", "controlTotalInCurrency", False, "float"),
        ("create_vat_transaction", "createVatTransaction", False, "bool"),
        ("skip_vat_amount_validation", "skipVatAmountValidation", False, "bool"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("transaction_code", "transactionCode", False, "str"),
        ("transaction_code_description", "transactionCodeDescription", False, "str"),
        ("branch", "branch", False, "str"),
        (
            "journal_transaction_lines",
            "journalTransactionLines",
            False,
            ("list", ("model", "JournalTransactionLineDto")),
        ),
        ("attachments", "attachments", False, ("list", ("model", "AttachmentDto"))),
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


_Lazy = _lazy_twin(JournalTransactionDto)
