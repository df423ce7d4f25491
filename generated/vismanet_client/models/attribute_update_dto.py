from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_detail_update_dto import AttributeDetailUpdateDto
    from ..models.dto_value_of_attribute_control_type import DtoValueOfAttributeControlType
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="AttributeUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "attribute_id",
    "description",
    "internal",
    "control_type",
    "entry_mask",
    "reg_exp",
    "details",
)


@_attrs_define(repr=False)
class AttributeUpdateDto:
    """
    Attributes:
        attribute_id (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        internal (DtoValueOfNullableOfBoolean | Unset):
        control_type (DtoValueOfAttributeControlType | Unset):
        entry_mask (DtoValueOfString | Unset):
        reg_exp (DtoValueOfString | Unset):
        details (list[AttributeDetailUpdateDto] | Unset):
    """

    attribute_id: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    internal: DtoValueOfNullableOfBoolean | Unset = UNSET
    control_type: DtoValueOfAttributeControlType | Unset = UNSET
    entry_mask: DtoValueOfString | Unset = UNSET
    reg_exp: DtoValueOfString | Unset = UNSET
    details: list[AttributeDetailUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute_id, Unset):
            attribute_id = self.attribute_id.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        internal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.internal, Unset):
            internal = self.internal.to_dict()

        control_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_type, Unset):
            control_type = self.control_type.to_dict()

        entry_mask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entry_mask, Unset):
            entry_mask = self.entry_mask.to_dict()

        reg_exp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reg_exp, Unset):
            reg_exp = self.reg_exp.to_dict()

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
            field_dict["attributeID"] = attribute_id
        if description is not UNSET:
            field_dict["description"] = description
        if internal is not UNSET:
            field_dict["internal"] = internal
        if control_type is not UNSET:
            field_dict["controlType"] = control_type
        if entry_mask is not UNSET:
            field_dict["entryMask"] = entry_mask
        if reg_exp is not UNSET:
            field_dict["regExp"] = reg_exp
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("attributeID", UNSET)
        _instance.attribute_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("internal", UNSET)
        _instance.internal = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("controlType", UNSET)
        _instance.control_type = UNSET if _value is UNSET else _models.DtoValueOfAttributeControlType.from_dict(_value)
        _value = _rest.pop("entryMask", UNSET)
        _instance.entry_mask = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("regExp", UNSET)
        _instance.reg_exp = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("details", UNSET)
        _instance.details = (
            UNSET
            if _value is UNSET
            else [_models.AttributeDetailUpdateDto.from_dict(details_item_data) for details_item_data in _value]
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
