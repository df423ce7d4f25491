from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_id_in_attribute_line_update_dto import AttributeIdInAttributeLineUpdateDto
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="AttributeLineUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "attribute_id",
    "attribute_value",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("attributeId", UNSET)
        _instance.attribute_id = (
            UNSET if _value is UNSET else _models.AttributeIdInAttributeLineUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("attributeValue", UNSET)
        _instance.attribute_value = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
