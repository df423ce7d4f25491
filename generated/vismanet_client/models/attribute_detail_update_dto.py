from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribute_detail_update_dto_operation import (
    AttributeDetailUpdateDtoOperation,
    check_attribute_detail_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_int_16 import DtoValueOfNullableOfInt16
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="AttributeDetailUpdateDto")


@_attrs_define
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
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_int_16 import DtoValueOfNullableOfInt16
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: AttributeDetailUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_attribute_detail_update_dto_operation(_operation)

        _value_id = d.pop("valueId", UNSET)
        value_id: DtoValueOfString | Unset
        if isinstance(_value_id, Unset):
            value_id = UNSET
        else:
            value_id = DtoValueOfString.from_dict(_value_id)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _sort_order = d.pop("sortOrder", UNSET)
        sort_order: DtoValueOfNullableOfInt16 | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = DtoValueOfNullableOfInt16.from_dict(_sort_order)

        _disabled = d.pop("disabled", UNSET)
        disabled: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_disabled, Unset):
            disabled = UNSET
        else:
            disabled = DtoValueOfNullableOfBoolean.from_dict(_disabled)

        attribute_detail_update_dto = cls(
            operation=operation,
            value_id=value_id,
            description=description,
            sort_order=sort_order,
            disabled=disabled,
        )

        attribute_detail_update_dto.additional_properties = d
        return attribute_detail_update_dto

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
