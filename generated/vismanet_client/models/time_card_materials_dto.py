from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_in_time_card_materials_dto import ProjectInTimeCardMaterialsDto
    from ..models.project_task_in_time_card_materials_dto import ProjectTaskInTimeCardMaterialsDto


T = TypeVar("T", bound="TimeCardMaterialsDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_number",
    "item_id",
    "description",
    "uo_m",
    "project",
    "project_task",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "total_qty",
    "last_modified_date_time",
)


@_attrs_define(repr=False)
class TimeCardMaterialsDto:
    """
    Attributes:
        line_number (int | Unset): The time card line number
        item_id (str | Unset): Item Id
        description (str | Unset): Description &gt; The description of the reported quantity.
        uo_m (str | Unset): The unit of measure of item
        project (ProjectInTimeCardMaterialsDto | Unset): Mandatory field: Project* &gt; The project that the employee
            worked on.
        project_task (ProjectTaskInTimeCardMaterialsDto | Unset): Project task &gt; The project task that the employee
            worked on.
        mon (float | Unset): Mon &gt; The quantity reported for Monday.
        tue (float | Unset): Tue &gt; The quantity reported for Tuesday.
        wed (float | Unset): Wed &gt; The quantity reported for Wednesday.
        thu (float | Unset): Thu &gt; The quantity reported for Thursday.
        fri (float | Unset): Fri &gt; The quantity reported for Friday.
        sat (float | Unset): Sat &gt; The quantity reported for Saturday.
        sun (float | Unset): Sun &gt; The quantity reported for Sunday.
        total_qty (float | Unset): Total Qty
        last_modified_date_time (datetime.datetime | Unset):
    """

    line_number: int | Unset = UNSET
    item_id: str | Unset = UNSET
    description: str | Unset = UNSET
    uo_m: str | Unset = UNSET
    project: ProjectInTimeCardMaterialsDto | Unset = UNSET
    project_task: ProjectTaskInTimeCardMaterialsDto | Unset = UNSET
    mon: float | Unset = UNSET
    tue: float | Unset = UNSET
    wed: float | Unset = UNSET
    thu: float | Unset = UNSET
    fri: float | Unset = UNSET
    sat: float | Unset = UNSET
    sun: float | Unset = UNSET
    total_qty: float | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        item_id = self.item_id

        description = self.description

        uo_m = self.uo_m

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        mon = self.mon

        tue = self.tue

        wed = self.wed

        thu = self.thu

        fri = self.fri

        sat = self.sat

        sun = self.sun

        total_qty = self.total_qty

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if description is not UNSET:
            field_dict["description"] = description
        if uo_m is not UNSET:
            field_dict["uoM"] = uo_m
        if project is not UNSET:
            field_dict["project"] = project
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
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
        if total_qty is not UNSET:
            field_dict["totalQty"] = total_qty
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
        _instance.item_id = _rest.pop("itemId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.uo_m = _rest.pop("uoM", UNSET)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInTimeCardMaterialsDto.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = (
            UNSET if _value is UNSET else _models.ProjectTaskInTimeCardMaterialsDto.from_dict(_value)
        )
        _instance.mon = _rest.pop("mon", UNSET)
        _instance.tue = _rest.pop("tue", UNSET)
        _instance.wed = _rest.pop("wed", UNSET)
        _instance.thu = _rest.pop("thu", UNSET)
        _instance.fri = _rest.pop("fri", UNSET)
        _instance.sat = _rest.pop("sat", UNSET)
        _instance.sun = _rest.pop("sun", UNSET)
        _instance.total_qty = _rest.pop("totalQty", UNSET)
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
