from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dto_segment_value_update_dto_base_operation import (
    DtoSegmentValueUpdateDtoBaseOperation,
    check_dto_segment_value_update_dto_base_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="DtoSegmentValueUpdateDtoBase")


@_attrs_define
class DtoSegmentValueUpdateDtoBase:
    """
    Attributes:
        operation (DtoSegmentValueUpdateDtoBaseOperation | Unset):
        value (str | Unset):
        description (DtoValueOfString | Unset):
        active (DtoValueOfBoolean | Unset):
    """

    operation: DtoSegmentValueUpdateDtoBaseOperation | Unset = UNSET
    value: str | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    active: DtoValueOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        value = self.value

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_boolean import DtoValueOfBoolean
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: DtoSegmentValueUpdateDtoBaseOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_dto_segment_value_update_dto_base_operation(_operation)

        value = d.pop("value", UNSET)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _active = d.pop("active", UNSET)
        active: DtoValueOfBoolean | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = DtoValueOfBoolean.from_dict(_active)

        dto_segment_value_update_dto_base = cls(
            operation=operation,
            value=value,
            description=description,
            active=active,
        )

        dto_segment_value_update_dto_base.additional_properties = d
        return dto_segment_value_update_dto_base

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
