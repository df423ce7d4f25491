from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_inventory_nbr_action_result_dto_action_result import (
    ChangeInventoryNbrActionResultDtoActionResult,
    check_change_inventory_nbr_action_result_dto_action_result,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeInventoryNbrActionResultDto")


@_attrs_define
class ChangeInventoryNbrActionResultDto:
    """
    Attributes:
        action_id (UUID | Unset):
        action_result (ChangeInventoryNbrActionResultDtoActionResult | Unset):
        error_info (str | Unset):
    """

    action_id: UUID | Unset = UNSET
    action_result: ChangeInventoryNbrActionResultDtoActionResult | Unset = UNSET
    error_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id: str | Unset = UNSET
        if not isinstance(self.action_id, Unset):
            action_id = str(self.action_id)

        action_result: str | Unset = UNSET
        if not isinstance(self.action_result, Unset):
            action_result = self.action_result

        error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_id is not UNSET:
            field_dict["actionId"] = action_id
        if action_result is not UNSET:
            field_dict["actionResult"] = action_result
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _action_id = d.pop("actionId", UNSET)
        action_id: UUID | Unset
        if isinstance(_action_id, Unset):
            action_id = UNSET
        else:
            action_id = UUID(_action_id)

        _action_result = d.pop("actionResult", UNSET)
        action_result: ChangeInventoryNbrActionResultDtoActionResult | Unset
        if isinstance(_action_result, Unset):
            action_result = UNSET
        else:
            action_result = check_change_inventory_nbr_action_result_dto_action_result(_action_result)

        error_info = d.pop("errorInfo", UNSET)

        change_inventory_nbr_action_result_dto = cls(
            action_id=action_id,
            action_result=action_result,
            error_info=error_info,
        )

        change_inventory_nbr_action_result_dto.additional_properties = d
        return change_inventory_nbr_action_result_dto

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
