from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_extension_update_dto_type import UiExtensionUpdateDtoType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UiExtensionUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "title",
    "url",
    "type_",
    "owner_id",
    "owner_name",
    "screen_id",
    "step_id",
)


@_attrs_define(repr=False)
class UiExtensionUpdateDto:
    """
    Attributes:
        title (str):
        url (str):
        type_ (UiExtensionUpdateDtoType):
        owner_id (UUID):
        owner_name (str):
        screen_id (str | Unset):
        step_id (str | Unset):
    """

    title: str
    url: str
    type_: UiExtensionUpdateDtoType
    owner_id: UUID
    owner_name: str
    screen_id: str | Unset = UNSET
    step_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        url = self.url

        type_: str = self.type_

        owner_id = str(self.owner_id)

        owner_name = self.owner_name

        screen_id = self.screen_id

        step_id = self.step_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "url": url,
                "type": type_,
                "ownerId": owner_id,
                "ownerName": owner_name,
            }
        )
        if screen_id is not UNSET:
            field_dict["screenId"] = screen_id
        if step_id is not UNSET:
            field_dict["stepId"] = step_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.title = _rest.pop("title")
        _instance.url = _rest.pop("url")
        _instance.type_ = _rest.pop("type")
        _value = _rest.pop("ownerId")
        _instance.owner_id = UUID(_value)
        _instance.owner_name = _rest.pop("ownerName")
        _instance.screen_id = _rest.pop("screenId", UNSET)
        _instance.step_id = _rest.pop("stepId", UNSET)
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
