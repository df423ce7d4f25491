from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_extension_dto_type import UiExtensionDtoType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_uuid as _parse_uuid
from ..types import set_source as _set_source

T = TypeVar("T", bound="UiExtensionDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "internal_id",
    "title",
    "url",
    "type_",
    "screen_id",
    "step_id",
    "owner_name",
    "enabled",
)


@_attrs_define(repr=False)
class UiExtensionDto(GeneratedModel):
    """
    Attributes:
        internal_id (UUID | Unset):
        title (str | Unset):
        url (str | Unset):
        type_ (UiExtensionDtoType | Unset):
        screen_id (str | Unset):
        step_id (str | Unset):
        owner_name (str | Unset):
        enabled (bool | Unset):
    """

    internal_id: UUID | Unset | None = UNSET
    title: str | Unset | None = UNSET
    url: str | Unset | None = UNSET
    type_: UiExtensionDtoType | Unset | None = UNSET
    screen_id: str | Unset | None = UNSET
    step_id: str | Unset | None = UNSET
    owner_name: str | Unset | None = UNSET
    enabled: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.internal_id
        if _value is not UNSET:
            field_dict["internalId"] = str(_value) if isinstance(_value, UUID) else _value
        _value = self.title
        if _value is not UNSET:
            field_dict["title"] = _value
        _value = self.url
        if _value is not UNSET:
            field_dict["url"] = _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.screen_id
        if _value is not UNSET:
            field_dict["screenId"] = _value
        _value = self.step_id
        if _value is not UNSET:
            field_dict["stepId"] = _value
        _value = self.owner_name
        if _value is not UNSET:
            field_dict["ownerName"] = _value
        _value = self.enabled
        if _value is not UNSET:
            field_dict["enabled"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not UiExtensionDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("internalId", UNSET)
        self.internal_id = _parse_uuid(_value)
        self.title = _rest.pop("title", UNSET)
        self.url = _rest.pop("url", UNSET)
        self.type_ = _rest.pop("type", UNSET)
        self.screen_id = _rest.pop("screenId", UNSET)
        self.step_id = _rest.pop("stepId", UNSET)
        self.owner_name = _rest.pop("ownerName", UNSET)
        self.enabled = _rest.pop("enabled", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("internal_id", "internalId", False, "uuid"),
        ("title", "title", False, "str"),
        ("url", "url", False, "str"),
        ("type_", "type", False, "str"),
        ("screen_id", "screenId", False, "str"),
        ("step_id", "stepId", False, "str"),
        ("owner_name", "ownerName", False, "str"),
        ("enabled", "enabled", False, "bool"),
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


_Lazy = _lazy_twin(UiExtensionDto)
