from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.time_card_summary_update_dto_operation import (
    TimeCardSummaryUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_number",
    "earning_type",
    "project",
    "project_task",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "invoiceable",
    "description",
)


@_attrs_define(repr=False)
class TimeCardSummaryUpdateDto(GeneratedModel):
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

    operation: TimeCardSummaryUpdateDtoOperation | Unset | None = UNSET
    line_number: DtoValueOfInt32 | Unset | None = UNSET
    earning_type: EarningTypeInTimeCardSummaryUpdateDto | Unset | None = UNSET
    project: ProjectInTimeCardSummaryUpdateDto | Unset | None = UNSET
    project_task: ProjectTaskInTimeCardSummaryUpdateDto | Unset | None = UNSET
    mon: MonInTimeCardSummaryUpdateDto | Unset | None = UNSET
    tue: TueInTimeCardSummaryUpdateDto | Unset | None = UNSET
    wed: WedInTimeCardSummaryUpdateDto | Unset | None = UNSET
    thu: ThuInTimeCardSummaryUpdateDto | Unset | None = UNSET
    fri: FriInTimeCardSummaryUpdateDto | Unset | None = UNSET
    sat: SatInTimeCardSummaryUpdateDto | Unset | None = UNSET
    sun: SunInTimeCardSummaryUpdateDto | Unset | None = UNSET
    invoiceable: InvoiceableInTimeCardSummaryUpdateDto | Unset | None = UNSET
    description: DescriptionInTimeCardSummaryUpdateDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.earning_type
        if _value is not UNSET:
            field_dict["earningType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.mon
        if _value is not UNSET:
            field_dict["mon"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tue
        if _value is not UNSET:
            field_dict["tue"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.wed
        if _value is not UNSET:
            field_dict["wed"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.thu
        if _value is not UNSET:
            field_dict["thu"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.fri
        if _value is not UNSET:
            field_dict["fri"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sat
        if _value is not UNSET:
            field_dict["sat"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sun
        if _value is not UNSET:
            field_dict["sun"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoiceable
        if _value is not UNSET:
            field_dict["invoiceable"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not TimeCardSummaryUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        self.line_number = (
            _models.DtoValueOfInt32._vn_fill(_new(_models.DtoValueOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("earningType", UNSET)
        self.earning_type = (
            _models.EarningTypeInTimeCardSummaryUpdateDto._vn_fill(
                _new(_models.EarningTypeInTimeCardSummaryUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInTimeCardSummaryUpdateDto._vn_fill(_new(_models.ProjectInTimeCardSummaryUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInTimeCardSummaryUpdateDto._vn_fill(
                _new(_models.ProjectTaskInTimeCardSummaryUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("mon", UNSET)
        self.mon = (
            _models.MonInTimeCardSummaryUpdateDto._vn_fill(_new(_models.MonInTimeCardSummaryUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("tue", UNSET)
        self.tue = (
            _models.TueInTimeCardSummaryUpdateDto._vn_fill(_new(_models.TueInTimeCardSummaryUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("wed", UNSET)
        self.wed = (
            _models.WedInTimeCardSummaryUpdateDto._vn_fill(_new(_models.WedInTimeCardSummaryUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("thu", UNSET)
        self.thu = (
            _models.ThuInTimeCardSummaryUpdateDto._vn_fill(_new(_models.ThuInTimeCardSummaryUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("fri", UNSET)
        self.fri = (
            _models.FriInTimeCardSummaryUpdateDto._vn_fill(_new(_models.FriInTimeCardSummaryUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("sat", UNSET)
        self.sat = (
            _models.SatInTimeCardSummaryUpdateDto._vn_fill(_new(_models.SatInTimeCardSummaryUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("sun", UNSET)
        self.sun = (
            _models.SunInTimeCardSummaryUpdateDto._vn_fill(_new(_models.SunInTimeCardSummaryUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceable", UNSET)
        self.invoiceable = (
            _models.InvoiceableInTimeCardSummaryUpdateDto._vn_fill(
                _new(_models.InvoiceableInTimeCardSummaryUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DescriptionInTimeCardSummaryUpdateDto._vn_fill(
                _new(_models.DescriptionInTimeCardSummaryUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("line_number", "lineNumber", False, ("model", "DtoValueOfInt32")),
        ("earning_type", "earningType", False, ("model", "EarningTypeInTimeCardSummaryUpdateDto")),
        ("project", "project", False, ("model", "ProjectInTimeCardSummaryUpdateDto")),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInTimeCardSummaryUpdateDto")),
        ("mon", "mon", False, ("model", "MonInTimeCardSummaryUpdateDto")),
        ("tue", "tue", False, ("model", "TueInTimeCardSummaryUpdateDto")),
        ("wed", "wed", False, ("model", "WedInTimeCardSummaryUpdateDto")),
        ("thu", "thu", False, ("model", "ThuInTimeCardSummaryUpdateDto")),
        ("fri", "fri", False, ("model", "FriInTimeCardSummaryUpdateDto")),
        ("sat", "sat", False, ("model", "SatInTimeCardSummaryUpdateDto")),
        ("sun", "sun", False, ("model", "SunInTimeCardSummaryUpdateDto")),
        ("invoiceable", "invoiceable", False, ("model", "InvoiceableInTimeCardSummaryUpdateDto")),
        ("description", "description", False, ("model", "DescriptionInTimeCardSummaryUpdateDto")),
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


_Lazy = _lazy_twin(TimeCardSummaryUpdateDto)
