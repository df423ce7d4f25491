from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class TimeCardMaterialsDto(GeneratedModel):
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

    line_number: int | Unset | None = UNSET
    item_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    uo_m: str | Unset | None = UNSET
    project: ProjectInTimeCardMaterialsDto | Unset | None = UNSET
    project_task: ProjectTaskInTimeCardMaterialsDto | Unset | None = UNSET
    mon: float | Unset | None = UNSET
    tue: float | Unset | None = UNSET
    wed: float | Unset | None = UNSET
    thu: float | Unset | None = UNSET
    fri: float | Unset | None = UNSET
    sat: float | Unset | None = UNSET
    sun: float | Unset | None = UNSET
    total_qty: float | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value
        _value = self.item_id
        if _value is not UNSET:
            field_dict["itemId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.uo_m
        if _value is not UNSET:
            field_dict["uoM"] = _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.total_qty
        if _value is not UNSET:
            field_dict["totalQty"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not TimeCardMaterialsDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_number = _rest.pop("lineNumber", UNSET)
        self.item_id = _rest.pop("itemId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.uo_m = _rest.pop("uoM", UNSET)
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInTimeCardMaterialsDto._vn_fill(_new(_models.ProjectInTimeCardMaterialsDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInTimeCardMaterialsDto._vn_fill(_new(_models.ProjectTaskInTimeCardMaterialsDto), _value)
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
        self.total_qty = _rest.pop("totalQty", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_number", "lineNumber", False, "int"),
        ("item_id", "itemId", False, "str"),
        ("description", "description", False, "str"),
        ("uo_m", "uoM", False, "str"),
        ("project", "project", False, ("model", "ProjectInTimeCardMaterialsDto")),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInTimeCardMaterialsDto")),
        ("mon", "mon", False, "float"),
        ("tue", "tue", False, "float"),
        ("wed", "wed", False, "float"),
        ("thu", "thu", False, "float"),
        ("fri", "fri", False, "float"),
        ("sat", "sat", False, "float"),
        ("sun", "sun", False, "float"),
        ("total_qty", "totalQty", False, "float"),
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


_Lazy = _lazy_twin(TimeCardMaterialsDto)
