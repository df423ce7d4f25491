from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journal_transaction_dto_module import JournalTransactionDtoModule, check_journal_transaction_dto_module
from ..models.journal_transaction_dto_status import JournalTransactionDtoStatus, check_journal_transaction_dto_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.journal_transaction_line_dto import JournalTransactionLineDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="JournalTransactionDto")


@_attrs_define
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
        from ..models.attachment_dto import AttachmentDto
        from ..models.journal_transaction_line_dto import JournalTransactionLineDto
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        _module = d.pop("module", UNSET)
        module: JournalTransactionDtoModule | Unset
        if isinstance(_module, Unset):
            module = UNSET
        else:
            module = check_journal_transaction_dto_module(_module)

        batch_number = d.pop("batchNumber", UNSET)

        _status = d.pop("status", UNSET)
        status: JournalTransactionDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_journal_transaction_dto_status(_status)

        hold = d.pop("hold", UNSET)

        _transaction_date = d.pop("transactionDate", UNSET)
        transaction_date: datetime.datetime | Unset
        if isinstance(_transaction_date, Unset):
            transaction_date = UNSET
        else:
            transaction_date = datetime.datetime.fromisoformat(_transaction_date)

        post_period = d.pop("postPeriod", UNSET)

        financial_period = d.pop("financialPeriod", UNSET)

        ledger = d.pop("ledger", UNSET)

        ledger_description = d.pop("ledgerDescription", UNSET)

        currency_id = d.pop("currencyId", UNSET)

        exchange_rate = d.pop("exchangeRate", UNSET)

        auto_reversing = d.pop("autoReversing", UNSET)

        reversing_entry = d.pop("reversingEntry", UNSET)

        description = d.pop("description", UNSET)

        original_batch_number = d.pop("originalBatchNumber", UNSET)

        debit_total = d.pop("debitTotal", UNSET)

        debit_total_in_currency = d.pop("debitTotalInCurrency", UNSET)

        credit_total = d.pop("creditTotal", UNSET)

        credit_total_in_currency = d.pop("creditTotalInCurrency", UNSET)

        control_total = d.pop("controlTotal", UNSET)

        control_total_in_currency = d.pop("controlTotalInCurrency", UNSET)

        create_vat_transaction = d.pop("createVatTransaction", UNSET)

        skip_vat_amount_validation = d.pop("skipVatAmountValidation", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        transaction_code = d.pop("transactionCode", UNSET)

        transaction_code_description = d.pop("transactionCodeDescription", UNSET)

        branch = d.pop("branch", UNSET)

        _journal_transaction_lines = d.pop("journalTransactionLines", UNSET)
        journal_transaction_lines: list[JournalTransactionLineDto] | Unset = UNSET
        if _journal_transaction_lines is not UNSET:
            journal_transaction_lines = []
            for journal_transaction_lines_item_data in _journal_transaction_lines:
                journal_transaction_lines_item = JournalTransactionLineDto.from_dict(
                    journal_transaction_lines_item_data
                )

                journal_transaction_lines.append(journal_transaction_lines_item)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentDto] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentDto.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        journal_transaction_dto = cls(
            module=module,
            batch_number=batch_number,
            status=status,
            hold=hold,
            transaction_date=transaction_date,
            post_period=post_period,
            financial_period=financial_period,
            ledger=ledger,
            ledger_description=ledger_description,
            currency_id=currency_id,
            exchange_rate=exchange_rate,
            auto_reversing=auto_reversing,
            reversing_entry=reversing_entry,
            description=description,
            original_batch_number=original_batch_number,
            debit_total=debit_total,
            debit_total_in_currency=debit_total_in_currency,
            credit_total=credit_total,
            credit_total_in_currency=credit_total_in_currency,
            control_total=control_total,
            control_total_in_currency=control_total_in_currency,
            create_vat_transaction=create_vat_transaction,
            skip_vat_amount_validation=skip_vat_amount_validation,
            last_modified_date_time=last_modified_date_time,
            transaction_code=transaction_code,
            transaction_code_description=transaction_code_description,
            branch=branch,
            journal_transaction_lines=journal_transaction_lines,
            attachments=attachments,
            error_info=error_info,
            metadata=metadata,
        )

        journal_transaction_dto.additional_properties = d
        return journal_transaction_dto

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
