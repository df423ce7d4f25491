from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_proj_task_status import DtoValueOfNullableOfProjTaskStatus
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.task_employee_update_dto import TaskEmployeeUpdateDto
    from ..models.visibility_update_dto import VisibilityUpdateDto


T = TypeVar("T", bound="ProjectTaskUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "task_id",
    "description",
    "planned_start",
    "planned_end",
    "start_date",
    "rate_table",
    "status",
    "visibility",
    "restrict_employees",
    "employees",
)


@_attrs_define(repr=False)
class ProjectTaskUpdateDto(GeneratedModel):
    """
    Attributes:
        task_id (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        planned_start (DtoValueOfNullableOfDateTime | Unset):
        planned_end (DtoValueOfNullableOfDateTime | Unset):
        start_date (DtoValueOfNullableOfDateTime | Unset):
        rate_table (DtoValueOfString | Unset):
        status (DtoValueOfNullableOfProjTaskStatus | Unset):
        visibility (VisibilityUpdateDto | Unset):
        restrict_employees (DtoValueOfNullableOfBoolean | Unset):
        employees (list[TaskEmployeeUpdateDto] | Unset):
    """

    task_id: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    planned_start: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    planned_end: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    start_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    rate_table: DtoValueOfString | Unset | None = UNSET
    status: DtoValueOfNullableOfProjTaskStatus | Unset | None = UNSET
    visibility: VisibilityUpdateDto | Unset | None = UNSET
    restrict_employees: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    employees: list[TaskEmployeeUpdateDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.task_id
        if _value is not UNSET:
            field_dict["taskId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.planned_start
        if _value is not UNSET:
            field_dict["plannedStart"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.planned_end
        if _value is not UNSET:
            field_dict["plannedEnd"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.start_date
        if _value is not UNSET:
            field_dict["startDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.rate_table
        if _value is not UNSET:
            field_dict["rateTable"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.visibility
        if _value is not UNSET:
            field_dict["visibility"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.restrict_employees
        if _value is not UNSET:
            field_dict["restrictEmployees"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.employees
        if _value is not UNSET:
            field_dict["employees"] = (
                [
                    employees_item_data.to_dict()
                    if isinstance(employees_item_data, GeneratedModel)
                    else employees_item_data
                    for employees_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ProjectTaskUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("taskId", UNSET)
        self.task_id = (
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
        _value = _rest.pop("plannedStart", UNSET)
        self.planned_start = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("plannedEnd", UNSET)
        self.planned_end = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("startDate", UNSET)
        self.start_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("rateTable", UNSET)
        self.rate_table = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("status", UNSET)
        self.status = (
            _models.DtoValueOfNullableOfProjTaskStatus._vn_fill(
                _new(_models.DtoValueOfNullableOfProjTaskStatus), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("visibility", UNSET)
        self.visibility = (
            _models.VisibilityUpdateDto._vn_fill(_new(_models.VisibilityUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("restrictEmployees", UNSET)
        self.restrict_employees = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("employees", UNSET)
        self.employees = (
            [
                _models.TaskEmployeeUpdateDto._vn_fill(_new(_models.TaskEmployeeUpdateDto), employees_item_data)
                if isinstance(employees_item_data, dict)
                else employees_item_data
                for employees_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("task_id", "taskId", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("planned_start", "plannedStart", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("planned_end", "plannedEnd", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("start_date", "startDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("rate_table", "rateTable", False, ("model", "DtoValueOfString")),
        ("status", "status", False, ("model", "DtoValueOfNullableOfProjTaskStatus")),
        ("visibility", "visibility", False, ("model", "VisibilityUpdateDto")),
        ("restrict_employees", "restrictEmployees", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("employees", "employees", False, ("list", ("model", "TaskEmployeeUpdateDto"))),
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


_Lazy = _lazy_twin(ProjectTaskUpdateDto)
