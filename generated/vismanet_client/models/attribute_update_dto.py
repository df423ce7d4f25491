from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class AttributeUpdateDto(GeneratedModel):
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

    attribute_id: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    internal: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    control_type: DtoValueOfAttributeControlType | Unset | None = UNSET
    entry_mask: DtoValueOfString | Unset | None = UNSET
    reg_exp: DtoValueOfString | Unset | None = UNSET
    details: list[AttributeDetailUpdateDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.attribute_id
        if _value is not UNSET:
            field_dict["attributeID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.internal
        if _value is not UNSET:
            field_dict["internal"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.control_type
        if _value is not UNSET:
            field_dict["controlType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.entry_mask
        if _value is not UNSET:
            field_dict["entryMask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.reg_exp
        if _value is not UNSET:
            field_dict["regExp"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        if cls is not AttributeUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("attributeID", UNSET)
        self.attribute_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("internal", UNSET)
        self.internal = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("controlType", UNSET)
        self.control_type = (
            _models.DtoValueOfAttributeControlType._vn_fill(_new(_models.DtoValueOfAttributeControlType), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("entryMask", UNSET)
        self.entry_mask = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("regExp", UNSET)
        self.reg_exp = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("details", UNSET)
        self.details = (
            [
                _models.AttributeDetailUpdateDto._vn_fill(_new(_models.AttributeDetailUpdateDto), details_item_data)
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
        ("attribute_id", "attributeID", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("internal", "internal", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("control_type", "controlType", False, ("model", "DtoValueOfAttributeControlType")),
        ("entry_mask", "entryMask", False, ("model", "DtoValueOfString")),
        ("reg_exp", "regExp", False, ("model", "DtoValueOfString")),
        ("details", "details", False, ("list", ("model", "AttributeDetailUpdateDto"))),
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


_Lazy = _lazy_twin(AttributeUpdateDto)
