from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_extension_dto_type import UiExtensionDtoType
from ..types import UNSET, Unset

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
class UiExtensionDto:
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

    internal_id: UUID | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    type_: UiExtensionDtoType | Unset = UNSET
    screen_id: str | Unset = UNSET
    step_id: str | Unset = UNSET
    owner_name: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_id: str | Unset = UNSET
        if not isinstance(self.internal_id, Unset):
            internal_id = str(self.internal_id)

        title = self.title

        url = self.url

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        screen_id = self.screen_id

        step_id = self.step_id

        owner_name = self.owner_name

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if type_ is not UNSET:
            field_dict["type"] = type_
        if screen_id is not UNSET:
            field_dict["screenId"] = screen_id
        if step_id is not UNSET:
            field_dict["stepId"] = step_id
        if owner_name is not UNSET:
            field_dict["ownerName"] = owner_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("internalId", UNSET)
        _instance.internal_id = UNSET if _value is UNSET else UUID(_value)
        _instance.title = _rest.pop("title", UNSET)
        _instance.url = _rest.pop("url", UNSET)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.screen_id = _rest.pop("screenId", UNSET)
        _instance.step_id = _rest.pop("stepId", UNSET)
        _instance.owner_name = _rest.pop("ownerName", UNSET)
        _instance.enabled = _rest.pop("enabled", UNSET)
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
