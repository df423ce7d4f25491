from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.journal_transaction_line_update_dto_operation import (
    JournalTransactionLineUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.segment_update_dto import SegmentUpdateDto


T = TypeVar("T", bound="JournalTransactionLineUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_number",
    "account_number",
    "subaccount",
    "project",
    "project_task",
    "reference_number",
    "transaction_description",
    "debit_amount_in_currency",
    "credit_amount_in_currency",
    "vat_code_id",
    "vat_id",
    "branch",
    "uom",
    "quantity",
    "note",
)


@_attrs_define(repr=False)
class JournalTransactionLineUpdateDto(GeneratedModel):
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

    operation: JournalTransactionLineUpdateDtoOperation | Unset | None = UNSET
    line_number: DtoValueOfInt32 | Unset | None = UNSET
    account_number: DtoValueOfString | Unset | None = UNSET
    subaccount: list[SegmentUpdateDto] | Unset | None = UNSET
    project: DtoValueOfString | Unset | None = UNSET
    project_task: DtoValueOfString | Unset | None = UNSET
    reference_number: DtoValueOfString | Unset | None = UNSET
    transaction_description: DtoValueOfString | Unset | None = UNSET
    debit_amount_in_currency: DtoValueOfDecimal | Unset | None = UNSET
    credit_amount_in_currency: DtoValueOfDecimal | Unset | None = UNSET
    vat_code_id: DtoValueOfString | Unset | None = UNSET
    vat_id: DtoValueOfString | Unset | None = UNSET
    branch: DtoValueOfString | Unset | None = UNSET
    uom: DtoValueOfString | Unset | None = UNSET
    quantity: DtoValueOfDecimal | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account_number
        if _value is not UNSET:
            field_dict["accountNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.subaccount
        if _value is not UNSET:
            field_dict["subaccount"] = (
                [
                    subaccount_item_data.to_dict()
                    if isinstance(subaccount_item_data, GeneratedModel)
                    else subaccount_item_data
                    for subaccount_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.reference_number
        if _value is not UNSET:
            field_dict["referenceNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.transaction_description
        if _value is not UNSET:
            field_dict["transactionDescription"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.debit_amount_in_currency
        if _value is not UNSET:
            field_dict["debitAmountInCurrency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.credit_amount_in_currency
        if _value is not UNSET:
            field_dict["creditAmountInCurrency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_code_id
        if _value is not UNSET:
            field_dict["vatCodeId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_id
        if _value is not UNSET:
            field_dict["vatId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not JournalTransactionLineUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        self.line_number = (
            _models.DtoValueOfInt32._vn_fill(_new(_models.DtoValueOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("accountNumber", UNSET)
        self.account_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("subaccount", UNSET)
        self.subaccount = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), subaccount_item_data)
                if isinstance(subaccount_item_data, dict)
                else subaccount_item_data
                for subaccount_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("referenceNumber", UNSET)
        self.reference_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("transactionDescription", UNSET)
        self.transaction_description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("debitAmountInCurrency", UNSET)
        self.debit_amount_in_currency = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditAmountInCurrency", UNSET)
        self.credit_amount_in_currency = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatCodeId", UNSET)
        self.vat_code_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatId", UNSET)
        self.vat_id = (
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
        _value = _rest.pop("uom", UNSET)
        self.uom = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("quantity", UNSET)
        self.quantity = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("line_number", "lineNumber", False, ("model", "DtoValueOfInt32")),
        ("account_number", "accountNumber", False, ("model", "DtoValueOfString")),
        ("subaccount", "subaccount", False, ("list", ("model", "SegmentUpdateDto"))),
        ("project", "project", False, ("model", "DtoValueOfString")),
        ("project_task", "projectTask", False, ("model", "DtoValueOfString")),
        ("reference_number", "referenceNumber", False, ("model", "DtoValueOfString")),
        ("transaction_description", "transactionDescription", False, ("model", "DtoValueOfString")),
        ("debit_amount_in_currency", "debitAmountInCurrency", False, ("model", "DtoValueOfDecimal")),
        ("credit_amount_in_currency", "creditAmountInCurrency", False, ("model", "DtoValueOfDecimal")),
        ("vat_code_id", "vatCodeId", False, ("model", "DtoValueOfString")),
        ("vat_id", "vatId", False, ("model", "DtoValueOfString")),
        ("branch", "branch", False, ("model", "DtoValueOfString")),
        ("uom", "uom", False, ("model", "DtoValueOfString")),
        ("quantity", "quantity", False, ("model", "DtoValueOfDecimal")),
        ("note", "note", False, ("model", "DtoValueOfString")),
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


_Lazy = _lazy_twin(JournalTransactionLineUpdateDto)
