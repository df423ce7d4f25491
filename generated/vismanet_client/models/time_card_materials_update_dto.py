from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.time_card_materials_update_dto_operation import (
    TimeCardMaterialsUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.description_in_time_card_materials_update_dto import DescriptionInTimeCardMaterialsUpdateDto
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.fri_in_time_card_materials_update_dto import FriInTimeCardMaterialsUpdateDto
    from ..models.item_id_in_time_card_materials_update_dto import ItemIdInTimeCardMaterialsUpdateDto
    from ..models.mon_in_time_card_materials_update_dto import MonInTimeCardMaterialsUpdateDto
    from ..models.project_in_time_card_materials_update_dto import ProjectInTimeCardMaterialsUpdateDto
    from ..models.project_task_in_time_card_materials_update_dto import ProjectTaskInTimeCardMaterialsUpdateDto
    from ..models.sat_in_time_card_materials_update_dto import SatInTimeCardMaterialsUpdateDto
    from ..models.sun_in_time_card_materials_update_dto import SunInTimeCardMaterialsUpdateDto
    from ..models.thu_in_time_card_materials_update_dto import ThuInTimeCardMaterialsUpdateDto
    from ..models.tue_in_time_card_materials_update_dto import TueInTimeCardMaterialsUpdateDto
    from ..models.uo_m_in_time_card_materials_update_dto import UoMInTimeCardMaterialsUpdateDto
    from ..models.wed_in_time_card_materials_update_dto import WedInTimeCardMaterialsUpdateDto


T = TypeVar("T", bound="TimeCardMaterialsUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
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
)


@_attrs_define(repr=False)
class TimeCardMaterialsUpdateDto:
    """
    Attributes:
        operation (TimeCardMaterialsUpdateDtoOperation | Unset):
        line_number (DtoValueOfInt32 | Unset):
        item_id (ItemIdInTimeCardMaterialsUpdateDto | Unset): Item Id
        description (DescriptionInTimeCardMaterialsUpdateDto | Unset): The description of the reported quantity.
        uo_m (UoMInTimeCardMaterialsUpdateDto | Unset): The unit of measure of item
        project (ProjectInTimeCardMaterialsUpdateDto | Unset): The project that the employee worked on.
        project_task (ProjectTaskInTimeCardMaterialsUpdateDto | Unset): The project task that the employee worked on.
        mon (MonInTimeCardMaterialsUpdateDto | Unset): The quantity reported for Monday.
        tue (TueInTimeCardMaterialsUpdateDto | Unset): The quantity reported for Tuesday.
        wed (WedInTimeCardMaterialsUpdateDto | Unset): The quantity reported for Wednesday.
        thu (ThuInTimeCardMaterialsUpdateDto | Unset): The quantity reported for Thursday.
        fri (FriInTimeCardMaterialsUpdateDto | Unset): The quantity reported for Friday.
        sat (SatInTimeCardMaterialsUpdateDto | Unset): The quantity reported for Saturday.
        sun (SunInTimeCardMaterialsUpdateDto | Unset): The quantity reported for Sunday.
    """

    operation: TimeCardMaterialsUpdateDtoOperation | Unset = UNSET
    line_number: DtoValueOfInt32 | Unset = UNSET
    item_id: ItemIdInTimeCardMaterialsUpdateDto | Unset = UNSET
    description: DescriptionInTimeCardMaterialsUpdateDto | Unset = UNSET
    uo_m: UoMInTimeCardMaterialsUpdateDto | Unset = UNSET
    project: ProjectInTimeCardMaterialsUpdateDto | Unset = UNSET
    project_task: ProjectTaskInTimeCardMaterialsUpdateDto | Unset = UNSET
    mon: MonInTimeCardMaterialsUpdateDto | Unset = UNSET
    tue: TueInTimeCardMaterialsUpdateDto | Unset = UNSET
    wed: WedInTimeCardMaterialsUpdateDto | Unset = UNSET
    thu: ThuInTimeCardMaterialsUpdateDto | Unset = UNSET
    fri: FriInTimeCardMaterialsUpdateDto | Unset = UNSET
    sat: SatInTimeCardMaterialsUpdateDto | Unset = UNSET
    sun: SunInTimeCardMaterialsUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_number, Unset):
            line_number = self.line_number.to_dict()

        item_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = self.item_id.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        uo_m: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uo_m, Unset):
            uo_m = self.uo_m.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        mon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mon, Unset):
            mon = self.mon.to_dict()

        tue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tue, Unset):
            tue = self.tue.to_dict()

        wed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wed, Unset):
            wed = self.wed.to_dict()

        thu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thu, Unset):
            thu = self.thu.to_dict()

        fri: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fri, Unset):
            fri = self.fri.to_dict()

        sat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sat, Unset):
            sat = self.sat.to_dict()

        sun: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sun, Unset):
            sun = self.sun.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        _instance.line_number = UNSET if _value is UNSET else _models.DtoValueOfInt32.from_dict(_value)
        _value = _rest.pop("itemId", UNSET)
        _instance.item_id = UNSET if _value is UNSET else _models.ItemIdInTimeCardMaterialsUpdateDto.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = (
            UNSET if _value is UNSET else _models.DescriptionInTimeCardMaterialsUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("uoM", UNSET)
        _instance.uo_m = UNSET if _value is UNSET else _models.UoMInTimeCardMaterialsUpdateDto.from_dict(_value)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInTimeCardMaterialsUpdateDto.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = (
            UNSET if _value is UNSET else _models.ProjectTaskInTimeCardMaterialsUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("mon", UNSET)
        _instance.mon = UNSET if _value is UNSET else _models.MonInTimeCardMaterialsUpdateDto.from_dict(_value)
        _value = _rest.pop("tue", UNSET)
        _instance.tue = UNSET if _value is UNSET else _models.TueInTimeCardMaterialsUpdateDto.from_dict(_value)
        _value = _rest.pop("wed", UNSET)
        _instance.wed = UNSET if _value is UNSET else _models.WedInTimeCardMaterialsUpdateDto.from_dict(_value)
        _value = _rest.pop("thu", UNSET)
        _instance.thu = UNSET if _value is UNSET else _models.ThuInTimeCardMaterialsUpdateDto.from_dict(_value)
        _value = _rest.pop("fri", UNSET)
        _instance.fri = UNSET if _value is UNSET else _models.FriInTimeCardMaterialsUpdateDto.from_dict(_value)
        _value = _rest.pop("sat", UNSET)
        _instance.sat = UNSET if _value is UNSET else _models.SatInTimeCardMaterialsUpdateDto.from_dict(_value)
        _value = _rest.pop("sun", UNSET)
        _instance.sun = UNSET if _value is UNSET else _models.SunInTimeCardMaterialsUpdateDto.from_dict(_value)
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
