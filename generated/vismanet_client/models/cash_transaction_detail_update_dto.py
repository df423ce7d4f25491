from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.cash_transaction_detail_update_dto_operation import (
    CashTransactionDetailUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.segment_update_dto import SegmentUpdateDto


T = TypeVar("T", bound="CashTransactionDetailUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_number",
    "branch_number",
    "inventory_number",
    "description",
    "quantity",
    "uom",
    "price",
    "amount",
    "offset_account",
    "offset_subaccount",
    "vat_code",
    "not_invoiceable",
    "project",
    "project_task",
)


@_attrs_define(repr=False)
class CashTransactionDetailUpdateDto(GeneratedModel):
    """
    Attributes:
        operation (CashTransactionDetailUpdateDtoOperation | Unset):
        line_number (DtoValueOfInt32 | Unset):
        branch_number (DtoValueOfString | Unset):
        inventory_number (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        quantity (DtoValueOfNullableOfDecimal | Unset):
        uom (DtoValueOfString | Unset):
        price (DtoValueOfNullableOfDecimal | Unset):
        amount (DtoValueOfNullableOfDecimal | Unset):
        offset_account (DtoValueOfString | Unset):
        offset_subaccount (list[SegmentUpdateDto] | Unset):
        vat_code (DtoValueOfString | Unset):
        not_invoiceable (DtoValueOfNullableOfBoolean | Unset):
        project (DtoValueOfString | Unset):
        project_task (DtoValueOfString | Unset):
    """

    operation: CashTransactionDetailUpdateDtoOperation | Unset | None = UNSET
    line_number: DtoValueOfInt32 | Unset | None = UNSET
    branch_number: DtoValueOfString | Unset | None = UNSET
    inventory_number: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    uom: DtoValueOfString | Unset | None = UNSET
    price: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    offset_account: DtoValueOfString | Unset | None = UNSET
    offset_subaccount: list[SegmentUpdateDto] | Unset | None = UNSET
    vat_code: DtoValueOfString | Unset | None = UNSET
    not_invoiceable: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    project: DtoValueOfString | Unset | None = UNSET
    project_task: DtoValueOfString | Unset | None = UNSET
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
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory_number
        if _value is not UNSET:
            field_dict["inventoryNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.price
        if _value is not UNSET:
            field_dict["price"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.offset_account
        if _value is not UNSET:
            field_dict["offsetAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.offset_subaccount
        if _value is not UNSET:
            field_dict["offsetSubaccount"] = (
                [
                    offset_subaccount_item_data.to_dict()
                    if isinstance(offset_subaccount_item_data, GeneratedModel)
                    else offset_subaccount_item_data
                    for offset_subaccount_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.vat_code
        if _value is not UNSET:
            field_dict["vatCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.not_invoiceable
        if _value is not UNSET:
            field_dict["notInvoiceable"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CashTransactionDetailUpdateDto or src_dict.__class__ is not dict:
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
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventoryNumber", UNSET)
        self.inventory_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("quantity", UNSET)
        self.quantity = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uom", UNSET)
        self.uom = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("price", UNSET)
        self.price = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("amount", UNSET)
        self.amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("offsetAccount", UNSET)
        self.offset_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("offsetSubaccount", UNSET)
        self.offset_subaccount = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), offset_subaccount_item_data)
                if isinstance(offset_subaccount_item_data, dict)
                else offset_subaccount_item_data
                for offset_subaccount_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("vatCode", UNSET)
        self.vat_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("notInvoiceable", UNSET)
        self.not_invoiceable = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
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
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("line_number", "lineNumber", False, ("model", "DtoValueOfInt32")),
        ("branch_number", "branchNumber", False, ("model", "DtoValueOfString")),
        ("inventory_number", "inventoryNumber", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("quantity", "quantity", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("uom", "uom", False, ("model", "DtoValueOfString")),
        ("price", "price", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("amount", "amount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("offset_account", "offsetAccount", False, ("model", "DtoValueOfString")),
        ("offset_subaccount", "offsetSubaccount", False, ("list", ("model", "SegmentUpdateDto"))),
        ("vat_code", "vatCode", False, ("model", "DtoValueOfString")),
        ("not_invoiceable", "notInvoiceable", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("project", "project", False, ("model", "DtoValueOfString")),
        ("project_task", "projectTask", False, ("model", "DtoValueOfString")),
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


_Lazy = _lazy_twin(CashTransactionDetailUpdateDto)
