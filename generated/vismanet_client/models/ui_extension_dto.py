from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_extension_dto_type import UiExtensionDtoType, check_ui_extension_dto_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="UiExtensionDto")


@_attrs_define
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
        d = dict(src_dict)
        _internal_id = d.pop("internalId", UNSET)
        internal_id: UUID | Unset
        if isinstance(_internal_id, Unset):
            internal_id = UNSET
        else:
            internal_id = UUID(_internal_id)

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: UiExtensionDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_ui_extension_dto_type(_type_)

        screen_id = d.pop("screenId", UNSET)

        step_id = d.pop("stepId", UNSET)

        owner_name = d.pop("ownerName", UNSET)

        enabled = d.pop("enabled", UNSET)

        ui_extension_dto = cls(
            internal_id=internal_id,
            title=title,
            url=url,
            type_=type_,
            screen_id=screen_id,
            step_id=step_id,
            owner_name=owner_name,
            enabled=enabled,
        )

        ui_extension_dto.additional_properties = d
        return ui_extension_dto

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
