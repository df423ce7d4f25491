from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_extension_update_dto_type import UiExtensionUpdateDtoType, check_ui_extension_update_dto_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="UiExtensionUpdateDto")


@_attrs_define
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
        d = dict(src_dict)
        title = d.pop("title")

        url = d.pop("url")

        type_ = check_ui_extension_update_dto_type(d.pop("type"))

        owner_id = UUID(d.pop("ownerId"))

        owner_name = d.pop("ownerName")

        screen_id = d.pop("screenId", UNSET)

        step_id = d.pop("stepId", UNSET)

        ui_extension_update_dto = cls(
            title=title,
            url=url,
            type_=type_,
            owner_id=owner_id,
            owner_name=owner_name,
            screen_id=screen_id,
            step_id=step_id,
        )

        ui_extension_update_dto.additional_properties = d
        return ui_extension_update_dto

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
