from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import parse_uuid as _parse_uuid
from ..types import set_source as _set_source

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
class DepartmentDto(GeneratedModel):
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

    department_id: str | Unset | None = UNSET
    public_id: UUID | Unset | None = UNSET
    description: str | Unset | None = UNSET
    expense_account: ExpenseAccountInDepartmentDto | Unset | None = UNSET
    expense_subaccount: ExpenseSubaccountInDepartmentDto | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.department_id
        if _value is not UNSET:
            field_dict["departmentId"] = _value
        _value = self.public_id
        if _value is not UNSET:
            field_dict["publicId"] = str(_value) if isinstance(_value, UUID) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.expense_account
        if _value is not UNSET:
            field_dict["expenseAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_subaccount
        if _value is not UNSET:
            field_dict["expenseSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not DepartmentDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.department_id = _rest.pop("departmentId", UNSET)
        _value = _rest.pop("publicId", UNSET)
        self.public_id = _parse_uuid(_value)
        self.description = _rest.pop("description", UNSET)
        _value = _rest.pop("expenseAccount", UNSET)
        self.expense_account = (
            _models.ExpenseAccountInDepartmentDto._vn_fill(_new(_models.ExpenseAccountInDepartmentDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseSubaccount", UNSET)
        self.expense_subaccount = (
            _models.ExpenseSubaccountInDepartmentDto._vn_fill(_new(_models.ExpenseSubaccountInDepartmentDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("department_id", "departmentId", False, "str"),
        ("public_id", "publicId", False, "uuid"),
        ("description", "description", False, "str"),
        ("expense_account", "expenseAccount", False, ("model", "ExpenseAccountInDepartmentDto")),
        ("expense_subaccount", "expenseSubaccount", False, ("model", "ExpenseSubaccountInDepartmentDto")),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
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


_Lazy = _lazy_twin(DepartmentDto)
