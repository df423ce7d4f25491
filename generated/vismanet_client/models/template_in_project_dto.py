from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_in_project_dto_status import TemplateInProjectDtoStatus, check_template_in_project_dto_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateInProjectDto")


@_attrs_define
class TemplateInProjectDto:
    """The top part &gt; Templated ID &gt; The template used for creating this project, if applicable.

    Attributes:
        status (TemplateInProjectDtoStatus | Unset):
        number (str | Unset): Number of item
        description (str | Unset): Name of item/description
    """

    status: TemplateInProjectDtoStatus | Unset = UNSET
    number: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        number = self.number

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if number is not UNSET:
            field_dict["number"] = number
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: TemplateInProjectDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_template_in_project_dto_status(_status)

        number = d.pop("number", UNSET)

        description = d.pop("description", UNSET)

        template_in_project_dto = cls(
            status=status,
            number=number,
            description=description,
        )

        template_in_project_dto.additional_properties = d
        return template_in_project_dto

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
