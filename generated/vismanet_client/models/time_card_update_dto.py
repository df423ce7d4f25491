from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.time_card_materials_update_dto import TimeCardMaterialsUpdateDto
    from ..models.time_card_summary_update_dto import TimeCardSummaryUpdateDto


T = TypeVar("T", bound="TimeCardUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "ref_nbr",
    "employee",
    "summary",
    "materials",
)


@_attrs_define(repr=False)
class TimeCardUpdateDto:
    """
    Attributes:
        ref_nbr (DtoValueOfString | Unset):
        employee (DtoValueOfString | Unset):
        summary (list[TimeCardSummaryUpdateDto] | Unset): Time Card summary information
        materials (list[TimeCardMaterialsUpdateDto] | Unset): Time Card Materials information
    """

    ref_nbr: DtoValueOfString | Unset = UNSET
    employee: DtoValueOfString | Unset = UNSET
    summary: list[TimeCardSummaryUpdateDto] | Unset = UNSET
    materials: list[TimeCardMaterialsUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ref_nbr, Unset):
            ref_nbr = self.ref_nbr.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = []
            for summary_item_data in self.summary:
                summary_item = summary_item_data.to_dict()
                summary.append(summary_item)

        materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = []
            for materials_item_data in self.materials:
                materials_item = materials_item_data.to_dict()
                materials.append(materials_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if employee is not UNSET:
            field_dict["employee"] = employee
        if summary is not UNSET:
            field_dict["summary"] = summary
        if materials is not UNSET:
            field_dict["materials"] = materials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("refNbr", UNSET)
        _instance.ref_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("employee", UNSET)
        _instance.employee = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("summary", UNSET)
        _instance.summary = (
            UNSET
            if _value is UNSET
            else [_models.TimeCardSummaryUpdateDto.from_dict(summary_item_data) for summary_item_data in _value]
        )
        _value = _rest.pop("materials", UNSET)
        _instance.materials = (
            UNSET
            if _value is UNSET
            else [_models.TimeCardMaterialsUpdateDto.from_dict(materials_item_data) for materials_item_data in _value]
        )
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
