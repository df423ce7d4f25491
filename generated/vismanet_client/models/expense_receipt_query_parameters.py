from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_receipt_query_parameters_status import (
    ExpenseReceiptQueryParametersStatus,
    check_expense_receipt_query_parameters_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseReceiptQueryParameters")


@_attrs_define
class ExpenseReceiptQueryParameters:
    """
    Attributes:
        date (str | Unset): The date of the document
        date_condition (str | Unset):
        inventory (str | Unset): Identifies the inventory item from the document
        project (str | Unset): Identifies the project from the document
        claimed_by (str | Unset): Identifies the employee from the document
        project_task (str | Unset): Filter on Task ID.
        invoiceable (bool | Unset): If the document is invoiceable
        status (ExpenseReceiptQueryParametersStatus | Unset): The status of the document.
        customer (str | Unset): Identifies the customer from the document
    """

    date: str | Unset = UNSET
    date_condition: str | Unset = UNSET
    inventory: str | Unset = UNSET
    project: str | Unset = UNSET
    claimed_by: str | Unset = UNSET
    project_task: str | Unset = UNSET
    invoiceable: bool | Unset = UNSET
    status: ExpenseReceiptQueryParametersStatus | Unset = UNSET
    customer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        date_condition = self.date_condition

        inventory = self.inventory

        project = self.project

        claimed_by = self.claimed_by

        project_task = self.project_task

        invoiceable = self.invoiceable

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        customer = self.customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if date_condition is not UNSET:
            field_dict["dateCondition"] = date_condition
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if project is not UNSET:
            field_dict["project"] = project
        if claimed_by is not UNSET:
            field_dict["claimedBy"] = claimed_by
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
        if invoiceable is not UNSET:
            field_dict["invoiceable"] = invoiceable
        if status is not UNSET:
            field_dict["status"] = status
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        date_condition = d.pop("dateCondition", UNSET)

        inventory = d.pop("inventory", UNSET)

        project = d.pop("project", UNSET)

        claimed_by = d.pop("claimedBy", UNSET)

        project_task = d.pop("projectTask", UNSET)

        invoiceable = d.pop("invoiceable", UNSET)

        _status = d.pop("status", UNSET)
        status: ExpenseReceiptQueryParametersStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_expense_receipt_query_parameters_status(_status)

        customer = d.pop("customer", UNSET)

        expense_receipt_query_parameters = cls(
            date=date,
            date_condition=date_condition,
            inventory=inventory,
            project=project,
            claimed_by=claimed_by,
            project_task=project_task,
            invoiceable=invoiceable,
            status=status,
            customer=customer,
        )

        expense_receipt_query_parameters.additional_properties = d
        return expense_receipt_query_parameters

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
