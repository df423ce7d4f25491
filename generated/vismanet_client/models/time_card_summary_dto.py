from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.time_card_summary_dto_approval_status import (
    TimeCardSummaryDtoApprovalStatus,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import parse_uuid as _parse_uuid
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.earning_type_in_time_card_summary_dto import EarningTypeInTimeCardSummaryDto
    from ..models.project_in_time_card_summary_dto import ProjectInTimeCardSummaryDto
    from ..models.project_task_in_time_card_summary_dto import ProjectTaskInTimeCardSummaryDto


T = TypeVar("T", bound="TimeCardSummaryDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_number",
    "line_id",
    "earning_type",
    "project",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "invoiceable",
    "project_task",
    "time_spent",
    "description",
    "approval_status",
    "approver",
    "approval_status_text",
    "last_modified_date_time",
)


@_attrs_define(repr=False)
class TimeCardSummaryDto(GeneratedModel):
    """
    Attributes:
        line_number (int | Unset): The time card line number
        line_id (UUID | Unset): The time card line id Example: 00000000-0000-0000-0000-000000000000.
        earning_type (EarningTypeInTimeCardSummaryDto | Unset): Earning type &gt; The type of the work time spent by the
            employee
        project (ProjectInTimeCardSummaryDto | Unset): Mandatory field: Project* &gt; The project that the employee
            worked on.
        mon (int | Unset): Mon &gt; The work time reported for Monday, including overtime.
        tue (int | Unset): Tue &gt; The work time reported for Tuesday, including overtime.
        wed (int | Unset): Wed &gt; The work time reported for Wednesday, including overtime.
        thu (int | Unset): Thu &gt; The work time reported for Thursday, including overtime.
        fri (int | Unset): Fri &gt; The work time reported for Friday, including overtime.
        sat (int | Unset): Sat &gt; The work time reported for Saturday, including overtime.
        sun (int | Unset): Sun &gt; The work time reported for Sunday, including overtime.
        invoiceable (bool | Unset): Invoicable &gt; A check box that you select to indicate that these work hours are
            invoiceable.
        project_task (ProjectTaskInTimeCardSummaryDto | Unset): Project task &gt; The project task that the employee
            worked on.
        time_spent (int | Unset): Time spent &gt; The work time (regular and overtime) that the employee spent on the
            project and task during the week.
        description (str | Unset): Description &gt; The description of the reported work hours.
        approval_status (TimeCardSummaryDtoApprovalStatus | Unset): Approval status &gt; The approval status, which
            indicates whether the summary row requires approval and, if it does, what the current state of approval is.
        approver (str | Unset): The identifier of the person authorized to approve the activity, if approval is
            required. This is either the approver of the project task or, if no approver is assigned to the project task,
            the project manager.
        approval_status_text (str | Unset): last approval comment &gt; The approval status text suitable for display
        last_modified_date_time (datetime.datetime | Unset): The last time the time card line was modified
    """

    line_number: int | Unset | None = UNSET
    line_id: UUID | Unset | None = UNSET
    earning_type: EarningTypeInTimeCardSummaryDto | Unset | None = UNSET
    project: ProjectInTimeCardSummaryDto | Unset | None = UNSET
    mon: int | Unset | None = UNSET
    tue: int | Unset | None = UNSET
    wed: int | Unset | None = UNSET
    thu: int | Unset | None = UNSET
    fri: int | Unset | None = UNSET
    sat: int | Unset | None = UNSET
    sun: int | Unset | None = UNSET
    invoiceable: bool | Unset | None = UNSET
    project_task: ProjectTaskInTimeCardSummaryDto | Unset | None = UNSET
    time_spent: int | Unset | None = UNSET
    description: str | Unset | None = UNSET
    approval_status: TimeCardSummaryDtoApprovalStatus | Unset | None = UNSET
    approver: str | Unset | None = UNSET
    approval_status_text: str | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value
        _value = self.line_id
        if _value is not UNSET:
            field_dict["lineId"] = str(_value) if isinstance(_value, UUID) else _value
        _value = self.earning_type
        if _value is not UNSET:
            field_dict["earningType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.mon
        if _value is not UNSET:
            field_dict["mon"] = _value
        _value = self.tue
        if _value is not UNSET:
            field_dict["tue"] = _value
        _value = self.wed
        if _value is not UNSET:
            field_dict["wed"] = _value
        _value = self.thu
        if _value is not UNSET:
            field_dict["thu"] = _value
        _value = self.fri
        if _value is not UNSET:
            field_dict["fri"] = _value
        _value = self.sat
        if _value is not UNSET:
            field_dict["sat"] = _value
        _value = self.sun
        if _value is not UNSET:
            field_dict["sun"] = _value
        _value = self.invoiceable
        if _value is not UNSET:
            field_dict["invoiceable"] = _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.time_spent
        if _value is not UNSET:
            field_dict["timeSpent"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.approval_status
        if _value is not UNSET:
            field_dict["approvalStatus"] = _value
        _value = self.approver
        if _value is not UNSET:
            field_dict["approver"] = _value
        _value = self.approval_status_text
        if _value is not UNSET:
            field_dict["approvalStatusText"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not TimeCardSummaryDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_number = _rest.pop("lineNumber", UNSET)
        _value = _rest.pop("lineId", UNSET)
        self.line_id = _parse_uuid(_value)
        _value = _rest.pop("earningType", UNSET)
        self.earning_type = (
            _models.EarningTypeInTimeCardSummaryDto._vn_fill(_new(_models.EarningTypeInTimeCardSummaryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInTimeCardSummaryDto._vn_fill(_new(_models.ProjectInTimeCardSummaryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.mon = _rest.pop("mon", UNSET)
        self.tue = _rest.pop("tue", UNSET)
        self.wed = _rest.pop("wed", UNSET)
        self.thu = _rest.pop("thu", UNSET)
        self.fri = _rest.pop("fri", UNSET)
        self.sat = _rest.pop("sat", UNSET)
        self.sun = _rest.pop("sun", UNSET)
        self.invoiceable = _rest.pop("invoiceable", UNSET)
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInTimeCardSummaryDto._vn_fill(_new(_models.ProjectTaskInTimeCardSummaryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.time_spent = _rest.pop("timeSpent", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.approval_status = _rest.pop("approvalStatus", UNSET)
        self.approver = _rest.pop("approver", UNSET)
        self.approval_status_text = _rest.pop("approvalStatusText", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_number", "lineNumber", False, "int"),
        ("line_id", "lineId", False, "uuid"),
        ("earning_type", "earningType", False, ("model", "EarningTypeInTimeCardSummaryDto")),
        ("project", "project", False, ("model", "ProjectInTimeCardSummaryDto")),
        ("mon", "mon", False, "int"),
        ("tue", "tue", False, "int"),
        ("wed", "wed", False, "int"),
        ("thu", "thu", False, "int"),
        ("fri", "fri", False, "int"),
        ("sat", "sat", False, "int"),
        ("sun", "sun", False, "int"),
        ("invoiceable", "invoiceable", False, "bool"),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInTimeCardSummaryDto")),
        ("time_spent", "timeSpent", False, "int"),
        ("description", "description", False, "str"),
        ("approval_status", "approvalStatus", False, "str"),
        ("approver", "approver", False, "str"),
        ("approval_status_text", "approvalStatusText", False, "str"),
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


_Lazy = _lazy_twin(TimeCardSummaryDto)
