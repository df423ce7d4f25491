from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_receipt_query_parameters_status import (
    ExpenseReceiptQueryParametersStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseReceiptQueryParameters")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "date",
    "date_condition",
    "inventory",
    "project",
    "claimed_by",
    "project_task",
    "invoiceable",
    "status",
    "customer",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.date = _rest.pop("date", UNSET)
        _instance.date_condition = _rest.pop("dateCondition", UNSET)
        _instance.inventory = _rest.pop("inventory", UNSET)
        _instance.project = _rest.pop("project", UNSET)
        _instance.claimed_by = _rest.pop("claimedBy", UNSET)
        _instance.project_task = _rest.pop("projectTask", UNSET)
        _instance.invoiceable = _rest.pop("invoiceable", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.customer = _rest.pop("customer", UNSET)
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
