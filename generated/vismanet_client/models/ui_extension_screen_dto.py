from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UiExtensionScreenDto")


@_attrs_define
class UiExtensionScreenDto:
    """
    Attributes:
        screen_id (str | Unset):
        step_ids (list[str] | Unset):
    """

    screen_id: str | Unset = UNSET
    step_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        screen_id = self.screen_id

        step_ids: list[str] | Unset = UNSET
        if not isinstance(self.step_ids, Unset):
            step_ids = self.step_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if screen_id is not UNSET:
            field_dict["screenId"] = screen_id
        if step_ids is not UNSET:
            field_dict["stepIds"] = step_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        screen_id = d.pop("screenId", UNSET)

        step_ids = cast(list[str], d.pop("stepIds", UNSET))

        ui_extension_screen_dto = cls(
            screen_id=screen_id,
            step_ids=step_ids,
        )

        ui_extension_screen_dto.additional_properties = d
        return ui_extension_screen_dto

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
