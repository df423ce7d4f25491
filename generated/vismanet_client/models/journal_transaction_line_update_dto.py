from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journal_transaction_line_update_dto_operation import (
    JournalTransactionLineUpdateDtoOperation,
    check_journal_transaction_line_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.segment_update_dto import SegmentUpdateDto


T = TypeVar("T", bound="JournalTransactionLineUpdateDto")


@_attrs_define
class JournalTransactionLineUpdateDto:
    """
    Attributes:
        operation (JournalTransactionLineUpdateDtoOperation | Unset):
        line_number (DtoValueOfInt32 | Unset):
        account_number (DtoValueOfString | Unset):
        subaccount (list[SegmentUpdateDto] | Unset):
        project (DtoValueOfString | Unset):
        project_task (DtoValueOfString | Unset):
        reference_number (DtoValueOfString | Unset):
        transaction_description (DtoValueOfString | Unset):
        debit_amount_in_currency (DtoValueOfDecimal | Unset):
        credit_amount_in_currency (DtoValueOfDecimal | Unset):
        vat_code_id (DtoValueOfString | Unset):
        vat_id (DtoValueOfString | Unset):
        branch (DtoValueOfString | Unset):
        uom (DtoValueOfString | Unset):
        quantity (DtoValueOfDecimal | Unset):
        note (DtoValueOfString | Unset):
    """

    operation: JournalTransactionLineUpdateDtoOperation | Unset = UNSET
    line_number: DtoValueOfInt32 | Unset = UNSET
    account_number: DtoValueOfString | Unset = UNSET
    subaccount: list[SegmentUpdateDto] | Unset = UNSET
    project: DtoValueOfString | Unset = UNSET
    project_task: DtoValueOfString | Unset = UNSET
    reference_number: DtoValueOfString | Unset = UNSET
    transaction_description: DtoValueOfString | Unset = UNSET
    debit_amount_in_currency: DtoValueOfDecimal | Unset = UNSET
    credit_amount_in_currency: DtoValueOfDecimal | Unset = UNSET
    vat_code_id: DtoValueOfString | Unset = UNSET
    vat_id: DtoValueOfString | Unset = UNSET
    branch: DtoValueOfString | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfDecimal | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_number, Unset):
            line_number = self.line_number.to_dict()

        account_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_number, Unset):
            account_number = self.account_number.to_dict()

        subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = []
            for subaccount_item_data in self.subaccount:
                subaccount_item = subaccount_item_data.to_dict()
                subaccount.append(subaccount_item)

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        reference_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference_number, Unset):
            reference_number = self.reference_number.to_dict()

        transaction_description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_description, Unset):
            transaction_description = self.transaction_description.to_dict()

        debit_amount_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit_amount_in_currency, Unset):
            debit_amount_in_currency = self.debit_amount_in_currency.to_dict()

        credit_amount_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_amount_in_currency, Unset):
            credit_amount_in_currency = self.credit_amount_in_currency.to_dict()

        vat_code_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_code_id, Unset):
            vat_code_id = self.vat_code_id.to_dict()

        vat_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_id, Unset):
            vat_id = self.vat_id.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if project is not UNSET:
            field_dict["project"] = project
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if transaction_description is not UNSET:
            field_dict["transactionDescription"] = transaction_description
        if debit_amount_in_currency is not UNSET:
            field_dict["debitAmountInCurrency"] = debit_amount_in_currency
        if credit_amount_in_currency is not UNSET:
            field_dict["creditAmountInCurrency"] = credit_amount_in_currency
        if vat_code_id is not UNSET:
            field_dict["vatCodeId"] = vat_code_id
        if vat_id is not UNSET:
            field_dict["vatId"] = vat_id
        if branch is not UNSET:
            field_dict["branch"] = branch
        if uom is not UNSET:
            field_dict["uom"] = uom
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.segment_update_dto import SegmentUpdateDto

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: JournalTransactionLineUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_journal_transaction_line_update_dto_operation(_operation)

        _line_number = d.pop("lineNumber", UNSET)
        line_number: DtoValueOfInt32 | Unset
        if isinstance(_line_number, Unset):
            line_number = UNSET
        else:
            line_number = DtoValueOfInt32.from_dict(_line_number)

        _account_number = d.pop("accountNumber", UNSET)
        account_number: DtoValueOfString | Unset
        if isinstance(_account_number, Unset):
            account_number = UNSET
        else:
            account_number = DtoValueOfString.from_dict(_account_number)

        _subaccount = d.pop("subaccount", UNSET)
        subaccount: list[SegmentUpdateDto] | Unset = UNSET
        if _subaccount is not UNSET:
            subaccount = []
            for subaccount_item_data in _subaccount:
                subaccount_item = SegmentUpdateDto.from_dict(subaccount_item_data)

                subaccount.append(subaccount_item)

        _project = d.pop("project", UNSET)
        project: DtoValueOfString | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = DtoValueOfString.from_dict(_project)

        _project_task = d.pop("projectTask", UNSET)
        project_task: DtoValueOfString | Unset
        if isinstance(_project_task, Unset):
            project_task = UNSET
        else:
            project_task = DtoValueOfString.from_dict(_project_task)

        _reference_number = d.pop("referenceNumber", UNSET)
        reference_number: DtoValueOfString | Unset
        if isinstance(_reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = DtoValueOfString.from_dict(_reference_number)

        _transaction_description = d.pop("transactionDescription", UNSET)
        transaction_description: DtoValueOfString | Unset
        if isinstance(_transaction_description, Unset):
            transaction_description = UNSET
        else:
            transaction_description = DtoValueOfString.from_dict(_transaction_description)

        _debit_amount_in_currency = d.pop("debitAmountInCurrency", UNSET)
        debit_amount_in_currency: DtoValueOfDecimal | Unset
        if isinstance(_debit_amount_in_currency, Unset):
            debit_amount_in_currency = UNSET
        else:
            debit_amount_in_currency = DtoValueOfDecimal.from_dict(_debit_amount_in_currency)

        _credit_amount_in_currency = d.pop("creditAmountInCurrency", UNSET)
        credit_amount_in_currency: DtoValueOfDecimal | Unset
        if isinstance(_credit_amount_in_currency, Unset):
            credit_amount_in_currency = UNSET
        else:
            credit_amount_in_currency = DtoValueOfDecimal.from_dict(_credit_amount_in_currency)

        _vat_code_id = d.pop("vatCodeId", UNSET)
        vat_code_id: DtoValueOfString | Unset
        if isinstance(_vat_code_id, Unset):
            vat_code_id = UNSET
        else:
            vat_code_id = DtoValueOfString.from_dict(_vat_code_id)

        _vat_id = d.pop("vatId", UNSET)
        vat_id: DtoValueOfString | Unset
        if isinstance(_vat_id, Unset):
            vat_id = UNSET
        else:
            vat_id = DtoValueOfString.from_dict(_vat_id)

        _branch = d.pop("branch", UNSET)
        branch: DtoValueOfString | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = DtoValueOfString.from_dict(_branch)

        _uom = d.pop("uom", UNSET)
        uom: DtoValueOfString | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = DtoValueOfString.from_dict(_uom)

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfDecimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DtoValueOfDecimal.from_dict(_quantity)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        journal_transaction_line_update_dto = cls(
            operation=operation,
            line_number=line_number,
            account_number=account_number,
            subaccount=subaccount,
            project=project,
            project_task=project_task,
            reference_number=reference_number,
            transaction_description=transaction_description,
            debit_amount_in_currency=debit_amount_in_currency,
            credit_amount_in_currency=credit_amount_in_currency,
            vat_code_id=vat_code_id,
            vat_id=vat_id,
            branch=branch,
            uom=uom,
            quantity=quantity,
            note=note,
        )

        journal_transaction_line_update_dto.additional_properties = d
        return journal_transaction_line_update_dto

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
