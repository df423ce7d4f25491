from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.class_attribute_dto_attribute_type import (
    ClassAttributeDtoAttributeType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_attribute_detail_dto import ClassAttributeDetailDto


T = TypeVar("T", bound="ClassAttributeDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "attribute_id",
    "description",
    "sort_order",
    "required",
    "attribute_type",
    "default_value",
    "details",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.attribute_id = _rest.pop("attributeId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.sort_order = _rest.pop("sortOrder", UNSET)
        _instance.required = _rest.pop("required", UNSET)
        _instance.attribute_type = _rest.pop("attributeType", UNSET)
        _instance.default_value = _rest.pop("defaultValue", UNSET)
        _value = _rest.pop("details", UNSET)
        _instance.details = (
            UNSET
            if _value is UNSET
            else [_models.ClassAttributeDetailDto.from_dict(details_item_data) for details_item_data in _value]
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
