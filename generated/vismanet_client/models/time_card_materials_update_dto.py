from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_card_materials_update_dto_operation import (
    TimeCardMaterialsUpdateDtoOperation,
    check_time_card_materials_update_dto_operation,
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


@_attrs_define
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

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: TimeCardMaterialsUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_time_card_materials_update_dto_operation(_operation)

        _line_number = d.pop("lineNumber", UNSET)
        line_number: DtoValueOfInt32 | Unset
        if isinstance(_line_number, Unset):
            line_number = UNSET
        else:
            line_number = DtoValueOfInt32.from_dict(_line_number)

        _item_id = d.pop("itemId", UNSET)
        item_id: ItemIdInTimeCardMaterialsUpdateDto | Unset
        if isinstance(_item_id, Unset):
            item_id = UNSET
        else:
            item_id = ItemIdInTimeCardMaterialsUpdateDto.from_dict(_item_id)

        _description = d.pop("description", UNSET)
        description: DescriptionInTimeCardMaterialsUpdateDto | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DescriptionInTimeCardMaterialsUpdateDto.from_dict(_description)

        _uo_m = d.pop("uoM", UNSET)
        uo_m: UoMInTimeCardMaterialsUpdateDto | Unset
        if isinstance(_uo_m, Unset):
            uo_m = UNSET
        else:
            uo_m = UoMInTimeCardMaterialsUpdateDto.from_dict(_uo_m)

        _project = d.pop("project", UNSET)
        project: ProjectInTimeCardMaterialsUpdateDto | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ProjectInTimeCardMaterialsUpdateDto.from_dict(_project)

        _project_task = d.pop("projectTask", UNSET)
        project_task: ProjectTaskInTimeCardMaterialsUpdateDto | Unset
        if isinstance(_project_task, Unset):
            project_task = UNSET
        else:
            project_task = ProjectTaskInTimeCardMaterialsUpdateDto.from_dict(_project_task)

        _mon = d.pop("mon", UNSET)
        mon: MonInTimeCardMaterialsUpdateDto | Unset
        if isinstance(_mon, Unset):
            mon = UNSET
        else:
            mon = MonInTimeCardMaterialsUpdateDto.from_dict(_mon)

        _tue = d.pop("tue", UNSET)
        tue: TueInTimeCardMaterialsUpdateDto | Unset
        if isinstance(_tue, Unset):
            tue = UNSET
        else:
            tue = TueInTimeCardMaterialsUpdateDto.from_dict(_tue)

        _wed = d.pop("wed", UNSET)
        wed: WedInTimeCardMaterialsUpdateDto | Unset
        if isinstance(_wed, Unset):
            wed = UNSET
        else:
            wed = WedInTimeCardMaterialsUpdateDto.from_dict(_wed)

        _thu = d.pop("thu", UNSET)
        thu: ThuInTimeCardMaterialsUpdateDto | Unset
        if isinstance(_thu, Unset):
            thu = UNSET
        else:
            thu = ThuInTimeCardMaterialsUpdateDto.from_dict(_thu)

        _fri = d.pop("fri", UNSET)
        fri: FriInTimeCardMaterialsUpdateDto | Unset
        if isinstance(_fri, Unset):
            fri = UNSET
        else:
            fri = FriInTimeCardMaterialsUpdateDto.from_dict(_fri)

        _sat = d.pop("sat", UNSET)
        sat: SatInTimeCardMaterialsUpdateDto | Unset
        if isinstance(_sat, Unset):
            sat = UNSET
        else:
            sat = SatInTimeCardMaterialsUpdateDto.from_dict(_sat)

        _sun = d.pop("sun", UNSET)
        sun: SunInTimeCardMaterialsUpdateDto | Unset
        if isinstance(_sun, Unset):
            sun = UNSET
        else:
            sun = SunInTimeCardMaterialsUpdateDto.from_dict(_sun)

        time_card_materials_update_dto = cls(
            operation=operation,
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
        )

        time_card_materials_update_dto.additional_properties = d
        return time_card_materials_update_dto

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
