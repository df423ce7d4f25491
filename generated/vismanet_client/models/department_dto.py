from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_account_in_department_dto import ExpenseAccountInDepartmentDto
    from ..models.expense_subaccount_in_department_dto import ExpenseSubaccountInDepartmentDto


T = TypeVar("T", bound="DepartmentDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "department_id",
    "public_id",
    "description",
    "expense_account",
    "expense_subaccount",
    "last_modified_date_time",
)


@_attrs_define(repr=False)
class DepartmentDto:
    """
    Attributes:
        department_id (str | Unset): Mandatory field : The table &gt; Department ID* &gt; The unique identifier for the
            department.
        public_id (UUID | Unset): Identifies the Department by its publicId
        description (str | Unset): The table &gt; Description &gt; A detailed description of the department.
        expense_account (ExpenseAccountInDepartmentDto | Unset): The table &gt; Expense account &gt; The expense account
            to be used for recording department-related expenses.
        expense_subaccount (ExpenseSubaccountInDepartmentDto | Unset): The table &gt; Expense sub. &gt; The subaccount
            to be used for recording department related expenses.
        last_modified_date_time (datetime.datetime | Unset): A system generated date/time that indicates the last change
            for the department.
    """

    department_id: str | Unset = UNSET
    public_id: UUID | Unset = UNSET
    description: str | Unset = UNSET
    expense_account: ExpenseAccountInDepartmentDto | Unset = UNSET
    expense_subaccount: ExpenseSubaccountInDepartmentDto | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department_id = self.department_id

        public_id: str | Unset = UNSET
        if not isinstance(self.public_id, Unset):
            public_id = str(self.public_id)

        description = self.description

        expense_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_account, Unset):
            expense_account = self.expense_account.to_dict()

        expense_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_subaccount, Unset):
            expense_subaccount = self.expense_subaccount.to_dict()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if public_id is not UNSET:
            field_dict["publicId"] = public_id
        if description is not UNSET:
            field_dict["description"] = description
        if expense_account is not UNSET:
            field_dict["expenseAccount"] = expense_account
        if expense_subaccount is not UNSET:
            field_dict["expenseSubaccount"] = expense_subaccount
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.department_id = _rest.pop("departmentId", UNSET)
        _value = _rest.pop("publicId", UNSET)
        _instance.public_id = UNSET if _value is UNSET else UUID(_value)
        _instance.description = _rest.pop("description", UNSET)
        _value = _rest.pop("expenseAccount", UNSET)
        _instance.expense_account = (
            UNSET if _value is UNSET else _models.ExpenseAccountInDepartmentDto.from_dict(_value)
        )
        _value = _rest.pop("expenseSubaccount", UNSET)
        _instance.expense_subaccount = (
            UNSET if _value is UNSET else _models.ExpenseSubaccountInDepartmentDto.from_dict(_value)
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
