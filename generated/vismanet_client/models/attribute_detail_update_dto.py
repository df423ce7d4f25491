from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.attribute_detail_update_dto_operation import (
    AttributeDetailUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_int_16 import DtoValueOfNullableOfInt16
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="AttributeDetailUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "value_id",
    "description",
    "sort_order",
    "disabled",
)


@_attrs_define(repr=False)
class AttributeDetailUpdateDto:
    """
    Attributes:
        operation (AttributeDetailUpdateDtoOperation | Unset):
        value_id (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        sort_order (DtoValueOfNullableOfInt16 | Unset):
        disabled (DtoValueOfNullableOfBoolean | Unset):
    """

    operation: AttributeDetailUpdateDtoOperation | Unset = UNSET
    value_id: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    sort_order: DtoValueOfNullableOfInt16 | Unset = UNSET
    disabled: DtoValueOfNullableOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        value_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_id, Unset):
            value_id = self.value_id.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        sort_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order.to_dict()

        disabled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disabled, Unset):
            disabled = self.disabled.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if value_id is not UNSET:
            field_dict["valueId"] = value_id
        if description is not UNSET:
            field_dict["description"] = description
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("valueId", UNSET)
        _instance.value_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("sortOrder", UNSET)
        _instance.sort_order = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt16.from_dict(_value)
        _value = _rest.pop("disabled", UNSET)
        _instance.disabled = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
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
