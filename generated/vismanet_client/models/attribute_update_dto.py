from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_detail_update_dto import AttributeDetailUpdateDto
    from ..models.dto_value_of_attribute_control_type import DtoValueOfAttributeControlType
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="AttributeUpdateDto")


@_attrs_define
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
        from ..models.attribute_detail_update_dto import AttributeDetailUpdateDto
        from ..models.dto_value_of_attribute_control_type import DtoValueOfAttributeControlType
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _attribute_id = d.pop("attributeID", UNSET)
        attribute_id: DtoValueOfString | Unset
        if isinstance(_attribute_id, Unset):
            attribute_id = UNSET
        else:
            attribute_id = DtoValueOfString.from_dict(_attribute_id)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _internal = d.pop("internal", UNSET)
        internal: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_internal, Unset):
            internal = UNSET
        else:
            internal = DtoValueOfNullableOfBoolean.from_dict(_internal)

        _control_type = d.pop("controlType", UNSET)
        control_type: DtoValueOfAttributeControlType | Unset
        if isinstance(_control_type, Unset):
            control_type = UNSET
        else:
            control_type = DtoValueOfAttributeControlType.from_dict(_control_type)

        _entry_mask = d.pop("entryMask", UNSET)
        entry_mask: DtoValueOfString | Unset
        if isinstance(_entry_mask, Unset):
            entry_mask = UNSET
        else:
            entry_mask = DtoValueOfString.from_dict(_entry_mask)

        _reg_exp = d.pop("regExp", UNSET)
        reg_exp: DtoValueOfString | Unset
        if isinstance(_reg_exp, Unset):
            reg_exp = UNSET
        else:
            reg_exp = DtoValueOfString.from_dict(_reg_exp)

        _details = d.pop("details", UNSET)
        details: list[AttributeDetailUpdateDto] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = AttributeDetailUpdateDto.from_dict(details_item_data)

                details.append(details_item)

        attribute_update_dto = cls(
            attribute_id=attribute_id,
            description=description,
            internal=internal,
            control_type=control_type,
            entry_mask=entry_mask,
            reg_exp=reg_exp,
            details=details,
        )

        attribute_update_dto.additional_properties = d
        return attribute_update_dto

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
