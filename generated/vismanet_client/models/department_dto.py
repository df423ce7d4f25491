from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_account_in_department_dto import ExpenseAccountInDepartmentDto
    from ..models.expense_subaccount_in_department_dto import ExpenseSubaccountInDepartmentDto


T = TypeVar("T", bound="DepartmentDto")


@_attrs_define
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
        from ..models.expense_account_in_department_dto import ExpenseAccountInDepartmentDto
        from ..models.expense_subaccount_in_department_dto import ExpenseSubaccountInDepartmentDto

        d = dict(src_dict)
        department_id = d.pop("departmentId", UNSET)

        _public_id = d.pop("publicId", UNSET)
        public_id: UUID | Unset
        if isinstance(_public_id, Unset):
            public_id = UNSET
        else:
            public_id = UUID(_public_id)

        description = d.pop("description", UNSET)

        _expense_account = d.pop("expenseAccount", UNSET)
        expense_account: ExpenseAccountInDepartmentDto | Unset
        if isinstance(_expense_account, Unset):
            expense_account = UNSET
        else:
            expense_account = ExpenseAccountInDepartmentDto.from_dict(_expense_account)

        _expense_subaccount = d.pop("expenseSubaccount", UNSET)
        expense_subaccount: ExpenseSubaccountInDepartmentDto | Unset
        if isinstance(_expense_subaccount, Unset):
            expense_subaccount = UNSET
        else:
            expense_subaccount = ExpenseSubaccountInDepartmentDto.from_dict(_expense_subaccount)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        department_dto = cls(
            department_id=department_id,
            public_id=public_id,
            description=description,
            expense_account=expense_account,
            expense_subaccount=expense_subaccount,
            last_modified_date_time=last_modified_date_time,
        )

        department_dto.additional_properties = d
        return department_dto

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
