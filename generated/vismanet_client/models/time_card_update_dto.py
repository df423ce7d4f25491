from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.time_card_materials_update_dto import TimeCardMaterialsUpdateDto
    from ..models.time_card_summary_update_dto import TimeCardSummaryUpdateDto


T = TypeVar("T", bound="TimeCardUpdateDto")


@_attrs_define
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
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.time_card_materials_update_dto import TimeCardMaterialsUpdateDto
        from ..models.time_card_summary_update_dto import TimeCardSummaryUpdateDto

        d = dict(src_dict)
        _ref_nbr = d.pop("refNbr", UNSET)
        ref_nbr: DtoValueOfString | Unset
        if isinstance(_ref_nbr, Unset):
            ref_nbr = UNSET
        else:
            ref_nbr = DtoValueOfString.from_dict(_ref_nbr)

        _employee = d.pop("employee", UNSET)
        employee: DtoValueOfString | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = DtoValueOfString.from_dict(_employee)

        _summary = d.pop("summary", UNSET)
        summary: list[TimeCardSummaryUpdateDto] | Unset = UNSET
        if _summary is not UNSET:
            summary = []
            for summary_item_data in _summary:
                summary_item = TimeCardSummaryUpdateDto.from_dict(summary_item_data)

                summary.append(summary_item)

        _materials = d.pop("materials", UNSET)
        materials: list[TimeCardMaterialsUpdateDto] | Unset = UNSET
        if _materials is not UNSET:
            materials = []
            for materials_item_data in _materials:
                materials_item = TimeCardMaterialsUpdateDto.from_dict(materials_item_data)

                materials.append(materials_item)

        time_card_update_dto = cls(
            ref_nbr=ref_nbr,
            employee=employee,
            summary=summary,
            materials=materials,
        )

        time_card_update_dto.additional_properties = d
        return time_card_update_dto

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
