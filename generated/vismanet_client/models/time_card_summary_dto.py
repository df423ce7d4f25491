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
from ..types import UNSET, Unset

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
class TimeCardSummaryDto:
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

    line_number: int | Unset = UNSET
    line_id: UUID | Unset = UNSET
    earning_type: EarningTypeInTimeCardSummaryDto | Unset = UNSET
    project: ProjectInTimeCardSummaryDto | Unset = UNSET
    mon: int | Unset = UNSET
    tue: int | Unset = UNSET
    wed: int | Unset = UNSET
    thu: int | Unset = UNSET
    fri: int | Unset = UNSET
    sat: int | Unset = UNSET
    sun: int | Unset = UNSET
    invoiceable: bool | Unset = UNSET
    project_task: ProjectTaskInTimeCardSummaryDto | Unset = UNSET
    time_spent: int | Unset = UNSET
    description: str | Unset = UNSET
    approval_status: TimeCardSummaryDtoApprovalStatus | Unset = UNSET
    approver: str | Unset = UNSET
    approval_status_text: str | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        line_id: str | Unset = UNSET
        if not isinstance(self.line_id, Unset):
            line_id = str(self.line_id)

        earning_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earning_type, Unset):
            earning_type = self.earning_type.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        mon = self.mon

        tue = self.tue

        wed = self.wed

        thu = self.thu

        fri = self.fri

        sat = self.sat

        sun = self.sun

        invoiceable = self.invoiceable

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        time_spent = self.time_spent

        description = self.description

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status

        approver = self.approver

        approval_status_text = self.approval_status_text

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if line_id is not UNSET:
            field_dict["lineId"] = line_id
        if earning_type is not UNSET:
            field_dict["earningType"] = earning_type
        if project is not UNSET:
            field_dict["project"] = project
        if mon is not UNSET:
            field_dict["mon"] = mon
        if tue is not UNSET:
            field_dict["tue"] = tue
        if wed is not UNSET:
            field_dict["wed"] = wed
        if thu is not UNSET:
            field_dict["thu"] = thu
        if fri is not UNSET:
            field_dict["fri"] = fri
        if sat is not UNSET:
            field_dict["sat"] = sat
        if sun is not UNSET:
            field_dict["sun"] = sun
        if invoiceable is not UNSET:
            field_dict["invoiceable"] = invoiceable
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
        if time_spent is not UNSET:
            field_dict["timeSpent"] = time_spent
        if description is not UNSET:
            field_dict["description"] = description
        if approval_status is not UNSET:
            field_dict["approvalStatus"] = approval_status
        if approver is not UNSET:
            field_dict["approver"] = approver
        if approval_status_text is not UNSET:
            field_dict["approvalStatusText"] = approval_status_text
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.line_number = _rest.pop("lineNumber", UNSET)
        _value = _rest.pop("lineId", UNSET)
        _instance.line_id = UNSET if _value is UNSET else UUID(_value)
        _value = _rest.pop("earningType", UNSET)
        _instance.earning_type = UNSET if _value is UNSET else _models.EarningTypeInTimeCardSummaryDto.from_dict(_value)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInTimeCardSummaryDto.from_dict(_value)
        _instance.mon = _rest.pop("mon", UNSET)
        _instance.tue = _rest.pop("tue", UNSET)
        _instance.wed = _rest.pop("wed", UNSET)
        _instance.thu = _rest.pop("thu", UNSET)
        _instance.fri = _rest.pop("fri", UNSET)
        _instance.sat = _rest.pop("sat", UNSET)
        _instance.sun = _rest.pop("sun", UNSET)
        _instance.invoiceable = _rest.pop("invoiceable", UNSET)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = UNSET if _value is UNSET else _models.ProjectTaskInTimeCardSummaryDto.from_dict(_value)
        _instance.time_spent = _rest.pop("timeSpent", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.approval_status = _rest.pop("approvalStatus", UNSET)
        _instance.approver = _rest.pop("approver", UNSET)
        _instance.approval_status_text = _rest.pop("approvalStatusText", UNSET)
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
