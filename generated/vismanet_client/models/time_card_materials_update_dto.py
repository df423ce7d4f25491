from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.time_card_materials_update_dto_operation import (
    TimeCardMaterialsUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class TimeCardMaterialsUpdateDto(GeneratedModel):
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

    operation: TimeCardMaterialsUpdateDtoOperation | Unset | None = UNSET
    line_number: DtoValueOfInt32 | Unset | None = UNSET
    item_id: ItemIdInTimeCardMaterialsUpdateDto | Unset | None = UNSET
    description: DescriptionInTimeCardMaterialsUpdateDto | Unset | None = UNSET
    uo_m: UoMInTimeCardMaterialsUpdateDto | Unset | None = UNSET
    project: ProjectInTimeCardMaterialsUpdateDto | Unset | None = UNSET
    project_task: ProjectTaskInTimeCardMaterialsUpdateDto | Unset | None = UNSET
    mon: MonInTimeCardMaterialsUpdateDto | Unset | None = UNSET
    tue: TueInTimeCardMaterialsUpdateDto | Unset | None = UNSET
    wed: WedInTimeCardMaterialsUpdateDto | Unset | None = UNSET
    thu: ThuInTimeCardMaterialsUpdateDto | Unset | None = UNSET
    fri: FriInTimeCardMaterialsUpdateDto | Unset | None = UNSET
    sat: SatInTimeCardMaterialsUpdateDto | Unset | None = UNSET
    sun: SunInTimeCardMaterialsUpdateDto | Unset | None = UNSET
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
        _value = self.item_id
        if _value is not UNSET:
            field_dict["itemId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uo_m
        if _value is not UNSET:
            field_dict["uoM"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not TimeCardMaterialsUpdateDto or src_dict.__class__ is not dict:
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
        _value = _rest.pop("itemId", UNSET)
        self.item_id = (
            _models.ItemIdInTimeCardMaterialsUpdateDto._vn_fill(
                _new(_models.ItemIdInTimeCardMaterialsUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DescriptionInTimeCardMaterialsUpdateDto._vn_fill(
                _new(_models.DescriptionInTimeCardMaterialsUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uoM", UNSET)
        self.uo_m = (
            _models.UoMInTimeCardMaterialsUpdateDto._vn_fill(_new(_models.UoMInTimeCardMaterialsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInTimeCardMaterialsUpdateDto._vn_fill(
                _new(_models.ProjectInTimeCardMaterialsUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInTimeCardMaterialsUpdateDto._vn_fill(
                _new(_models.ProjectTaskInTimeCardMaterialsUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("mon", UNSET)
        self.mon = (
            _models.MonInTimeCardMaterialsUpdateDto._vn_fill(_new(_models.MonInTimeCardMaterialsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("tue", UNSET)
        self.tue = (
            _models.TueInTimeCardMaterialsUpdateDto._vn_fill(_new(_models.TueInTimeCardMaterialsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("wed", UNSET)
        self.wed = (
            _models.WedInTimeCardMaterialsUpdateDto._vn_fill(_new(_models.WedInTimeCardMaterialsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("thu", UNSET)
        self.thu = (
            _models.ThuInTimeCardMaterialsUpdateDto._vn_fill(_new(_models.ThuInTimeCardMaterialsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("fri", UNSET)
        self.fri = (
            _models.FriInTimeCardMaterialsUpdateDto._vn_fill(_new(_models.FriInTimeCardMaterialsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("sat", UNSET)
        self.sat = (
            _models.SatInTimeCardMaterialsUpdateDto._vn_fill(_new(_models.SatInTimeCardMaterialsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("sun", UNSET)
        self.sun = (
            _models.SunInTimeCardMaterialsUpdateDto._vn_fill(_new(_models.SunInTimeCardMaterialsUpdateDto), _value)
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
        ("item_id", "itemId", False, ("model", "ItemIdInTimeCardMaterialsUpdateDto")),
        ("description", "description", False, ("model", "DescriptionInTimeCardMaterialsUpdateDto")),
        ("uo_m", "uoM", False, ("model", "UoMInTimeCardMaterialsUpdateDto")),
        ("project", "project", False, ("model", "ProjectInTimeCardMaterialsUpdateDto")),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInTimeCardMaterialsUpdateDto")),
        ("mon", "mon", False, ("model", "MonInTimeCardMaterialsUpdateDto")),
        ("tue", "tue", False, ("model", "TueInTimeCardMaterialsUpdateDto")),
        ("wed", "wed", False, ("model", "WedInTimeCardMaterialsUpdateDto")),
        ("thu", "thu", False, ("model", "ThuInTimeCardMaterialsUpdateDto")),
        ("fri", "fri", False, ("model", "FriInTimeCardMaterialsUpdateDto")),
        ("sat", "sat", False, ("model", "SatInTimeCardMaterialsUpdateDto")),
        ("sun", "sun", False, ("model", "SunInTimeCardMaterialsUpdateDto")),
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


_Lazy = _lazy_twin(TimeCardMaterialsUpdateDto)
