from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDunningLetterActionDto")


@_attrs_define
class CreateDunningLetterActionDto:
    """
    Attributes:
        dunning_letter_date (datetime.datetime | Unset):
        level_from (int | Unset):
        level_to (int | Unset):
    """

    dunning_letter_date: datetime.datetime | Unset = UNSET
    level_from: int | Unset = UNSET
    level_to: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dunning_letter_date: str | Unset = UNSET
        if not isinstance(self.dunning_letter_date, Unset):
            dunning_letter_date = self.dunning_letter_date.isoformat()

        level_from = self.level_from

        level_to = self.level_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dunning_letter_date is not UNSET:
            field_dict["dunningLetterDate"] = dunning_letter_date
        if level_from is not UNSET:
            field_dict["levelFrom"] = level_from
        if level_to is not UNSET:
            field_dict["levelTo"] = level_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _dunning_letter_date = d.pop("dunningLetterDate", UNSET)
        dunning_letter_date: datetime.datetime | Unset
        if isinstance(_dunning_letter_date, Unset):
            dunning_letter_date = UNSET
        else:
            dunning_letter_date = datetime.datetime.fromisoformat(_dunning_letter_date)

        level_from = d.pop("levelFrom", UNSET)

        level_to = d.pop("levelTo", UNSET)

        create_dunning_letter_action_dto = cls(
            dunning_letter_date=dunning_letter_date,
            level_from=level_from,
            level_to=level_to,
        )

        create_dunning_letter_action_dto.additional_properties = d
        return create_dunning_letter_action_dto

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
