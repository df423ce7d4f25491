from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.class_attribute_dto_attribute_type import (
    ClassAttributeDtoAttributeType,
    check_class_attribute_dto_attribute_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_attribute_detail_dto import ClassAttributeDetailDto


T = TypeVar("T", bound="ClassAttributeDto")


@_attrs_define
class ClassAttributeDto:
    """
    Attributes:
        attribute_id (str | Unset): The Attributes tab &gt; Attribute ID &gt; The identifier of the attribute.
        description (str | Unset): The Attributes tab &gt; Description &gt; A read-only column that displays the
            detailed description of the attribute.
        sort_order (int | Unset): The Attributes tab &gt; Sort order &gt; A number that represents the order of the
            attribute in the list of class attributes.The lower the number, the higher the attribute will be in the list of
            class attributes.
        required (bool | Unset): The Attributes tab &gt; Required &gt; This check box indicates (if selected) that the
            attribute value is required for items of the class.
        attribute_type (ClassAttributeDtoAttributeType | Unset):
        default_value (str | Unset): The Attributes tab &gt; Default value &gt; The default value of the attribute.
        details (list[ClassAttributeDetailDto] | Unset):
    """

    attribute_id: str | Unset = UNSET
    description: str | Unset = UNSET
    sort_order: int | Unset = UNSET
    required: bool | Unset = UNSET
    attribute_type: ClassAttributeDtoAttributeType | Unset = UNSET
    default_value: str | Unset = UNSET
    details: list[ClassAttributeDetailDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_id = self.attribute_id

        description = self.description

        sort_order = self.sort_order

        required = self.required

        attribute_type: str | Unset = UNSET
        if not isinstance(self.attribute_type, Unset):
            attribute_type = self.attribute_type

        default_value = self.default_value

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_id is not UNSET:
            field_dict["attributeId"] = attribute_id
        if description is not UNSET:
            field_dict["description"] = description
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if required is not UNSET:
            field_dict["required"] = required
        if attribute_type is not UNSET:
            field_dict["attributeType"] = attribute_type
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.class_attribute_detail_dto import ClassAttributeDetailDto

        d = dict(src_dict)
        attribute_id = d.pop("attributeId", UNSET)

        description = d.pop("description", UNSET)

        sort_order = d.pop("sortOrder", UNSET)

        required = d.pop("required", UNSET)

        _attribute_type = d.pop("attributeType", UNSET)
        attribute_type: ClassAttributeDtoAttributeType | Unset
        if isinstance(_attribute_type, Unset):
            attribute_type = UNSET
        else:
            attribute_type = check_class_attribute_dto_attribute_type(_attribute_type)

        default_value = d.pop("defaultValue", UNSET)

        _details = d.pop("details", UNSET)
        details: list[ClassAttributeDetailDto] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ClassAttributeDetailDto.from_dict(details_item_data)

                details.append(details_item)

        class_attribute_dto = cls(
            attribute_id=attribute_id,
            description=description,
            sort_order=sort_order,
            required=required,
            attribute_type=attribute_type,
            default_value=default_value,
            details=details,
        )

        class_attribute_dto.additional_properties = d
        return class_attribute_dto

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
