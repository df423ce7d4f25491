from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_id_in_attribute_line_update_dto import AttributeIdInAttributeLineUpdateDto
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="AttributeLineUpdateDto")


@_attrs_define
class AttributeLineUpdateDto:
    """
    Attributes:
        attribute_id (AttributeIdInAttributeLineUpdateDto | Unset): The ID of the attribute on the line.
        attribute_value (DtoValueOfString | Unset):
    """

    attribute_id: AttributeIdInAttributeLineUpdateDto | Unset = UNSET
    attribute_value: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute_id, Unset):
            attribute_id = self.attribute_id.to_dict()

        attribute_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute_value, Unset):
            attribute_value = self.attribute_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_id is not UNSET:
            field_dict["attributeId"] = attribute_id
        if attribute_value is not UNSET:
            field_dict["attributeValue"] = attribute_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute_id_in_attribute_line_update_dto import AttributeIdInAttributeLineUpdateDto
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _attribute_id = d.pop("attributeId", UNSET)
        attribute_id: AttributeIdInAttributeLineUpdateDto | Unset
        if isinstance(_attribute_id, Unset):
            attribute_id = UNSET
        else:
            attribute_id = AttributeIdInAttributeLineUpdateDto.from_dict(_attribute_id)

        _attribute_value = d.pop("attributeValue", UNSET)
        attribute_value: DtoValueOfString | Unset
        if isinstance(_attribute_value, Unset):
            attribute_value = UNSET
        else:
            attribute_value = DtoValueOfString.from_dict(_attribute_value)

        attribute_line_update_dto = cls(
            attribute_id=attribute_id,
            attribute_value=attribute_value,
        )

        attribute_line_update_dto.additional_properties = d
        return attribute_line_update_dto

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
