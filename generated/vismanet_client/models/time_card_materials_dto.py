from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_in_time_card_materials_dto import ProjectInTimeCardMaterialsDto
    from ..models.project_task_in_time_card_materials_dto import ProjectTaskInTimeCardMaterialsDto


T = TypeVar("T", bound="TimeCardMaterialsDto")


@_attrs_define
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
        from ..models.project_in_time_card_materials_dto import ProjectInTimeCardMaterialsDto
        from ..models.project_task_in_time_card_materials_dto import ProjectTaskInTimeCardMaterialsDto

        d = dict(src_dict)
        line_number = d.pop("lineNumber", UNSET)

        item_id = d.pop("itemId", UNSET)

        description = d.pop("description", UNSET)

        uo_m = d.pop("uoM", UNSET)

        _project = d.pop("project", UNSET)
        project: ProjectInTimeCardMaterialsDto | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ProjectInTimeCardMaterialsDto.from_dict(_project)

        _project_task = d.pop("projectTask", UNSET)
        project_task: ProjectTaskInTimeCardMaterialsDto | Unset
        if isinstance(_project_task, Unset):
            project_task = UNSET
        else:
            project_task = ProjectTaskInTimeCardMaterialsDto.from_dict(_project_task)

        mon = d.pop("mon", UNSET)

        tue = d.pop("tue", UNSET)

        wed = d.pop("wed", UNSET)

        thu = d.pop("thu", UNSET)

        fri = d.pop("fri", UNSET)

        sat = d.pop("sat", UNSET)

        sun = d.pop("sun", UNSET)

        total_qty = d.pop("totalQty", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        time_card_materials_dto = cls(
            line_number=line_number,
            item_id=item_id,
            description=description,
            uo_m=uo_m,
            project=project,
            project_task=project_task,
            mon=mon,
            tue=tue,
            wed=wed,
            thu=thu,
            fri=fri,
            sat=sat,
            sun=sun,
            total_qty=total_qty,
            last_modified_date_time=last_modified_date_time,
        )

        time_card_materials_dto.additional_properties = d
        return time_card_materials_dto

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
