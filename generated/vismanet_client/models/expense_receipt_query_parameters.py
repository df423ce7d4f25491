from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_receipt_query_parameters_status import (
    ExpenseReceiptQueryParametersStatus,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class ExpenseReceiptQueryParameters(GeneratedModel):
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

    date: str | Unset | None = UNSET
    date_condition: str | Unset | None = UNSET
    inventory: str | Unset | None = UNSET
    project: str | Unset | None = UNSET
    claimed_by: str | Unset | None = UNSET
    project_task: str | Unset | None = UNSET
    invoiceable: bool | Unset | None = UNSET
    status: ExpenseReceiptQueryParametersStatus | Unset | None = UNSET
    customer: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value
        _value = self.date_condition
        if _value is not UNSET:
            field_dict["dateCondition"] = _value
        _value = self.inventory
        if _value is not UNSET:
            field_dict["inventory"] = _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value
        _value = self.claimed_by
        if _value is not UNSET:
            field_dict["claimedBy"] = _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value
        _value = self.invoiceable
        if _value is not UNSET:
            field_dict["invoiceable"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ExpenseReceiptQueryParameters or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.date = _rest.pop("date", UNSET)
        self.date_condition = _rest.pop("dateCondition", UNSET)
        self.inventory = _rest.pop("inventory", UNSET)
        self.project = _rest.pop("project", UNSET)
        self.claimed_by = _rest.pop("claimedBy", UNSET)
        self.project_task = _rest.pop("projectTask", UNSET)
        self.invoiceable = _rest.pop("invoiceable", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.customer = _rest.pop("customer", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("date", "date", False, "str"),
        ("date_condition", "dateCondition", False, "str"),
        ("inventory", "inventory", False, "str"),
        ("project", "project", False, "str"),
        ("claimed_by", "claimedBy", False, "str"),
        ("project_task", "projectTask", False, "str"),
        ("invoiceable", "invoiceable", False, "bool"),
        ("status", "status", False, "str"),
        ("customer", "customer", False, "str"),
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


_Lazy = _lazy_twin(ExpenseReceiptQueryParameters)
