from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.cash_transaction_detail_update_dto_operation import (
    CashTransactionDetailUpdateDtoOperation,
)
from ..types import UNSET, Unset

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
class CashTransactionDetailUpdateDto:
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

    operation: CashTransactionDetailUpdateDtoOperation | Unset = UNSET
    line_number: DtoValueOfInt32 | Unset = UNSET
    branch_number: DtoValueOfString | Unset = UNSET
    inventory_number: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    price: DtoValueOfNullableOfDecimal | Unset = UNSET
    amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    offset_account: DtoValueOfString | Unset = UNSET
    offset_subaccount: list[SegmentUpdateDto] | Unset = UNSET
    vat_code: DtoValueOfString | Unset = UNSET
    not_invoiceable: DtoValueOfNullableOfBoolean | Unset = UNSET
    project: DtoValueOfString | Unset = UNSET
    project_task: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_number, Unset):
            line_number = self.line_number.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        inventory_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_number, Unset):
            inventory_number = self.inventory_number.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        offset_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offset_account, Unset):
            offset_account = self.offset_account.to_dict()

        offset_subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offset_subaccount, Unset):
            offset_subaccount = []
            for offset_subaccount_item_data in self.offset_subaccount:
                offset_subaccount_item = offset_subaccount_item_data.to_dict()
                offset_subaccount.append(offset_subaccount_item)

        vat_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_code, Unset):
            vat_code = self.vat_code.to_dict()

        not_invoiceable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.not_invoiceable, Unset):
            not_invoiceable = self.not_invoiceable.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if inventory_number is not UNSET:
            field_dict["inventoryNumber"] = inventory_number
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if uom is not UNSET:
            field_dict["uom"] = uom
        if price is not UNSET:
            field_dict["price"] = price
        if amount is not UNSET:
            field_dict["amount"] = amount
        if offset_account is not UNSET:
            field_dict["offsetAccount"] = offset_account
        if offset_subaccount is not UNSET:
            field_dict["offsetSubaccount"] = offset_subaccount
        if vat_code is not UNSET:
            field_dict["vatCode"] = vat_code
        if not_invoiceable is not UNSET:
            field_dict["notInvoiceable"] = not_invoiceable
        if project is not UNSET:
            field_dict["project"] = project
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        _instance.line_number = UNSET if _value is UNSET else _models.DtoValueOfInt32.from_dict(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("inventoryNumber", UNSET)
        _instance.inventory_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("quantity", UNSET)
        _instance.quantity = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("price", UNSET)
        _instance.price = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("amount", UNSET)
        _instance.amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("offsetAccount", UNSET)
        _instance.offset_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("offsetSubaccount", UNSET)
        _instance.offset_subaccount = (
            UNSET
            if _value is UNSET
            else [
                _models.SegmentUpdateDto.from_dict(offset_subaccount_item_data)
                for offset_subaccount_item_data in _value
            ]
        )
        _value = _rest.pop("vatCode", UNSET)
        _instance.vat_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("notInvoiceable", UNSET)
        _instance.not_invoiceable = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
