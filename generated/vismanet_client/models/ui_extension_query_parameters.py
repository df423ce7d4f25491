from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_extension_query_parameters_type import (
    UiExtensionQueryParametersType,
    check_ui_extension_query_parameters_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UiExtensionQueryParameters")


@_attrs_define
class UiExtensionQueryParameters:
    """
    Attributes:
        screen_id (str | Unset):
        type_ (UiExtensionQueryParametersType | Unset):
    """

    screen_id: str | Unset = UNSET
    type_: UiExtensionQueryParametersType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        screen_id = self.screen_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if screen_id is not UNSET:
            field_dict["screenId"] = screen_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        screen_id = d.pop("screenId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: UiExtensionQueryParametersType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_ui_extension_query_parameters_type(_type_)

        ui_extension_query_parameters = cls(
            screen_id=screen_id,
            type_=type_,
        )

        ui_extension_query_parameters.additional_properties = d
        return ui_extension_query_parameters

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
