from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cash_transaction_detail_update_dto_operation import (
    CashTransactionDetailUpdateDtoOperation,
    check_cash_transaction_detail_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.segment_update_dto import SegmentUpdateDto


T = TypeVar("T", bound="CashTransactionDetailUpdateDto")


@_attrs_define
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
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.segment_update_dto import SegmentUpdateDto

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: CashTransactionDetailUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_cash_transaction_detail_update_dto_operation(_operation)

        _line_number = d.pop("lineNumber", UNSET)
        line_number: DtoValueOfInt32 | Unset
        if isinstance(_line_number, Unset):
            line_number = UNSET
        else:
            line_number = DtoValueOfInt32.from_dict(_line_number)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: DtoValueOfString | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = DtoValueOfString.from_dict(_branch_number)

        _inventory_number = d.pop("inventoryNumber", UNSET)
        inventory_number: DtoValueOfString | Unset
        if isinstance(_inventory_number, Unset):
            inventory_number = UNSET
        else:
            inventory_number = DtoValueOfString.from_dict(_inventory_number)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DtoValueOfNullableOfDecimal.from_dict(_quantity)

        _uom = d.pop("uom", UNSET)
        uom: DtoValueOfString | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = DtoValueOfString.from_dict(_uom)

        _price = d.pop("price", UNSET)
        price: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = DtoValueOfNullableOfDecimal.from_dict(_price)

        _amount = d.pop("amount", UNSET)
        amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = DtoValueOfNullableOfDecimal.from_dict(_amount)

        _offset_account = d.pop("offsetAccount", UNSET)
        offset_account: DtoValueOfString | Unset
        if isinstance(_offset_account, Unset):
            offset_account = UNSET
        else:
            offset_account = DtoValueOfString.from_dict(_offset_account)

        _offset_subaccount = d.pop("offsetSubaccount", UNSET)
        offset_subaccount: list[SegmentUpdateDto] | Unset = UNSET
        if _offset_subaccount is not UNSET:
            offset_subaccount = []
            for offset_subaccount_item_data in _offset_subaccount:
                offset_subaccount_item = SegmentUpdateDto.from_dict(offset_subaccount_item_data)

                offset_subaccount.append(offset_subaccount_item)

        _vat_code = d.pop("vatCode", UNSET)
        vat_code: DtoValueOfString | Unset
        if isinstance(_vat_code, Unset):
            vat_code = UNSET
        else:
            vat_code = DtoValueOfString.from_dict(_vat_code)

        _not_invoiceable = d.pop("notInvoiceable", UNSET)
        not_invoiceable: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_not_invoiceable, Unset):
            not_invoiceable = UNSET
        else:
            not_invoiceable = DtoValueOfNullableOfBoolean.from_dict(_not_invoiceable)

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

        cash_transaction_detail_update_dto = cls(
            operation=operation,
            line_number=line_number,
            branch_number=branch_number,
            inventory_number=inventory_number,
            description=description,
            quantity=quantity,
            uom=uom,
            price=price,
            amount=amount,
            offset_account=offset_account,
            offset_subaccount=offset_subaccount,
            vat_code=vat_code,
            not_invoiceable=not_invoiceable,
            project=project,
            project_task=project_task,
        )

        cash_transaction_detail_update_dto.additional_properties = d
        return cash_transaction_detail_update_dto

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
