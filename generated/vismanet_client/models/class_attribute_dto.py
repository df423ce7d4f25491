from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.class_attribute_dto_attribute_type import (
    ClassAttributeDtoAttributeType,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class ClassAttributeDto(GeneratedModel):
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

    attribute_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    sort_order: int | Unset | None = UNSET
    required: bool | Unset | None = UNSET
    attribute_type: ClassAttributeDtoAttributeType | Unset | None = UNSET
    default_value: str | Unset | None = UNSET
    details: list[ClassAttributeDetailDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.attribute_id
        if _value is not UNSET:
            field_dict["attributeId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.sort_order
        if _value is not UNSET:
            field_dict["sortOrder"] = _value
        _value = self.required
        if _value is not UNSET:
            field_dict["required"] = _value
        _value = self.attribute_type
        if _value is not UNSET:
            field_dict["attributeType"] = _value
        _value = self.default_value
        if _value is not UNSET:
            field_dict["defaultValue"] = _value
        _value = self.details
        if _value is not UNSET:
            field_dict["details"] = (
                [
                    details_item_data.to_dict() if isinstance(details_item_data, GeneratedModel) else details_item_data
                    for details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ClassAttributeDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.attribute_id = _rest.pop("attributeId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.sort_order = _rest.pop("sortOrder", UNSET)
        self.required = _rest.pop("required", UNSET)
        self.attribute_type = _rest.pop("attributeType", UNSET)
        self.default_value = _rest.pop("defaultValue", UNSET)
        _value = _rest.pop("details", UNSET)
        self.details = (
            [
                _models.ClassAttributeDetailDto._vn_fill(_new(_models.ClassAttributeDetailDto), details_item_data)
                if isinstance(details_item_data, dict)
                else details_item_data
                for details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("attribute_id", "attributeId", False, "str"),
        ("description", "description", False, "str"),
        ("sort_order", "sortOrder", False, "int"),
        ("required", "required", False, "bool"),
        ("attribute_type", "attributeType", False, "str"),
        ("default_value", "defaultValue", False, "str"),
        ("details", "details", False, ("list", ("model", "ClassAttributeDetailDto"))),
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


_Lazy = _lazy_twin(ClassAttributeDto)
