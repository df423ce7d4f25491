from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_card_summary_update_dto_operation import (
    TimeCardSummaryUpdateDtoOperation,
    check_time_card_summary_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.description_in_time_card_summary_update_dto import DescriptionInTimeCardSummaryUpdateDto
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.earning_type_in_time_card_summary_update_dto import EarningTypeInTimeCardSummaryUpdateDto
    from ..models.fri_in_time_card_summary_update_dto import FriInTimeCardSummaryUpdateDto
    from ..models.invoiceable_in_time_card_summary_update_dto import InvoiceableInTimeCardSummaryUpdateDto
    from ..models.mon_in_time_card_summary_update_dto import MonInTimeCardSummaryUpdateDto
    from ..models.project_in_time_card_summary_update_dto import ProjectInTimeCardSummaryUpdateDto
    from ..models.project_task_in_time_card_summary_update_dto import ProjectTaskInTimeCardSummaryUpdateDto
    from ..models.sat_in_time_card_summary_update_dto import SatInTimeCardSummaryUpdateDto
    from ..models.sun_in_time_card_summary_update_dto import SunInTimeCardSummaryUpdateDto
    from ..models.thu_in_time_card_summary_update_dto import ThuInTimeCardSummaryUpdateDto
    from ..models.tue_in_time_card_summary_update_dto import TueInTimeCardSummaryUpdateDto
    from ..models.wed_in_time_card_summary_update_dto import WedInTimeCardSummaryUpdateDto


T = TypeVar("T", bound="TimeCardSummaryUpdateDto")


@_attrs_define
class TimeCardSummaryUpdateDto:
    """
    Attributes:
        operation (TimeCardSummaryUpdateDtoOperation | Unset):
        line_number (DtoValueOfInt32 | Unset):
        earning_type (EarningTypeInTimeCardSummaryUpdateDto | Unset): The type of the work time spent by the employee
        project (ProjectInTimeCardSummaryUpdateDto | Unset): The project that the employee worked on.
        project_task (ProjectTaskInTimeCardSummaryUpdateDto | Unset): The project task that the employee worked on.
        mon (MonInTimeCardSummaryUpdateDto | Unset): The work time reported for Monday, including overtime.
        tue (TueInTimeCardSummaryUpdateDto | Unset): The work time reported for Tuesday, including overtime.
        wed (WedInTimeCardSummaryUpdateDto | Unset): The work time reported for Wednesday, including overtime.
        thu (ThuInTimeCardSummaryUpdateDto | Unset): The work time reported for Thursday, including overtime.
        fri (FriInTimeCardSummaryUpdateDto | Unset): The work time reported for Friday, including overtime.
        sat (SatInTimeCardSummaryUpdateDto | Unset): The work time reported for Saturday, including overtime.
        sun (SunInTimeCardSummaryUpdateDto | Unset): The work time reported for Sunday, including overtime.
        invoiceable (InvoiceableInTimeCardSummaryUpdateDto | Unset): A check box that you select to indicate that these
            work hours are invoiceable.
        description (DescriptionInTimeCardSummaryUpdateDto | Unset): The description of the reported work hours.
    """

    operation: TimeCardSummaryUpdateDtoOperation | Unset = UNSET
    line_number: DtoValueOfInt32 | Unset = UNSET
    earning_type: EarningTypeInTimeCardSummaryUpdateDto | Unset = UNSET
    project: ProjectInTimeCardSummaryUpdateDto | Unset = UNSET
    project_task: ProjectTaskInTimeCardSummaryUpdateDto | Unset = UNSET
    mon: MonInTimeCardSummaryUpdateDto | Unset = UNSET
    tue: TueInTimeCardSummaryUpdateDto | Unset = UNSET
    wed: WedInTimeCardSummaryUpdateDto | Unset = UNSET
    thu: ThuInTimeCardSummaryUpdateDto | Unset = UNSET
    fri: FriInTimeCardSummaryUpdateDto | Unset = UNSET
    sat: SatInTimeCardSummaryUpdateDto | Unset = UNSET
    sun: SunInTimeCardSummaryUpdateDto | Unset = UNSET
    invoiceable: InvoiceableInTimeCardSummaryUpdateDto | Unset = UNSET
    description: DescriptionInTimeCardSummaryUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_number, Unset):
            line_number = self.line_number.to_dict()

        earning_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earning_type, Unset):
            earning_type = self.earning_type.to_dict()

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

        invoiceable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoiceable, Unset):
            invoiceable = self.invoiceable.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if earning_type is not UNSET:
            field_dict["earningType"] = earning_type
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
        if invoiceable is not UNSET:
            field_dict["invoiceable"] = invoiceable
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.description_in_time_card_summary_update_dto import DescriptionInTimeCardSummaryUpdateDto
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.earning_type_in_time_card_summary_update_dto import EarningTypeInTimeCardSummaryUpdateDto
        from ..models.fri_in_time_card_summary_update_dto import FriInTimeCardSummaryUpdateDto
        from ..models.invoiceable_in_time_card_summary_update_dto import InvoiceableInTimeCardSummaryUpdateDto
        from ..models.mon_in_time_card_summary_update_dto import MonInTimeCardSummaryUpdateDto
        from ..models.project_in_time_card_summary_update_dto import ProjectInTimeCardSummaryUpdateDto
        from ..models.project_task_in_time_card_summary_update_dto import ProjectTaskInTimeCardSummaryUpdateDto
        from ..models.sat_in_time_card_summary_update_dto import SatInTimeCardSummaryUpdateDto
        from ..models.sun_in_time_card_summary_update_dto import SunInTimeCardSummaryUpdateDto
        from ..models.thu_in_time_card_summary_update_dto import ThuInTimeCardSummaryUpdateDto
        from ..models.tue_in_time_card_summary_update_dto import TueInTimeCardSummaryUpdateDto
        from ..models.wed_in_time_card_summary_update_dto import WedInTimeCardSummaryUpdateDto

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: TimeCardSummaryUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_time_card_summary_update_dto_operation(_operation)

        _line_number = d.pop("lineNumber", UNSET)
        line_number: DtoValueOfInt32 | Unset
        if isinstance(_line_number, Unset):
            line_number = UNSET
        else:
            line_number = DtoValueOfInt32.from_dict(_line_number)

        _earning_type = d.pop("earningType", UNSET)
        earning_type: EarningTypeInTimeCardSummaryUpdateDto | Unset
        if isinstance(_earning_type, Unset):
            earning_type = UNSET
        else:
            earning_type = EarningTypeInTimeCardSummaryUpdateDto.from_dict(_earning_type)

        _project = d.pop("project", UNSET)
        project: ProjectInTimeCardSummaryUpdateDto | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ProjectInTimeCardSummaryUpdateDto.from_dict(_project)

        _project_task = d.pop("projectTask", UNSET)
        project_task: ProjectTaskInTimeCardSummaryUpdateDto | Unset
        if isinstance(_project_task, Unset):
            project_task = UNSET
        else:
            project_task = ProjectTaskInTimeCardSummaryUpdateDto.from_dict(_project_task)

        _mon = d.pop("mon", UNSET)
        mon: MonInTimeCardSummaryUpdateDto | Unset
        if isinstance(_mon, Unset):
            mon = UNSET
        else:
            mon = MonInTimeCardSummaryUpdateDto.from_dict(_mon)

        _tue = d.pop("tue", UNSET)
        tue: TueInTimeCardSummaryUpdateDto | Unset
        if isinstance(_tue, Unset):
            tue = UNSET
        else:
            tue = TueInTimeCardSummaryUpdateDto.from_dict(_tue)

        _wed = d.pop("wed", UNSET)
        wed: WedInTimeCardSummaryUpdateDto | Unset
        if isinstance(_wed, Unset):
            wed = UNSET
        else:
            wed = WedInTimeCardSummaryUpdateDto.from_dict(_wed)

        _thu = d.pop("thu", UNSET)
        thu: ThuInTimeCardSummaryUpdateDto | Unset
        if isinstance(_thu, Unset):
            thu = UNSET
        else:
            thu = ThuInTimeCardSummaryUpdateDto.from_dict(_thu)

        _fri = d.pop("fri", UNSET)
        fri: FriInTimeCardSummaryUpdateDto | Unset
        if isinstance(_fri, Unset):
            fri = UNSET
        else:
            fri = FriInTimeCardSummaryUpdateDto.from_dict(_fri)

        _sat = d.pop("sat", UNSET)
        sat: SatInTimeCardSummaryUpdateDto | Unset
        if isinstance(_sat, Unset):
            sat = UNSET
        else:
            sat = SatInTimeCardSummaryUpdateDto.from_dict(_sat)

        _sun = d.pop("sun", UNSET)
        sun: SunInTimeCardSummaryUpdateDto | Unset
        if isinstance(_sun, Unset):
            sun = UNSET
        else:
            sun = SunInTimeCardSummaryUpdateDto.from_dict(_sun)

        _invoiceable = d.pop("invoiceable", UNSET)
        invoiceable: InvoiceableInTimeCardSummaryUpdateDto | Unset
        if isinstance(_invoiceable, Unset):
            invoiceable = UNSET
        else:
            invoiceable = InvoiceableInTimeCardSummaryUpdateDto.from_dict(_invoiceable)

        _description = d.pop("description", UNSET)
        description: DescriptionInTimeCardSummaryUpdateDto | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DescriptionInTimeCardSummaryUpdateDto.from_dict(_description)

        time_card_summary_update_dto = cls(
            operation=operation,
            line_number=line_number,
            earning_type=earning_type,
            project=project,
            project_task=project_task,
            mon=mon,
            tue=tue,
            wed=wed,
            thu=thu,
            fri=fri,
            sat=sat,
            sun=sun,
            invoiceable=invoiceable,
            description=description,
        )

        time_card_summary_update_dto.additional_properties = d
        return time_card_summary_update_dto

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
