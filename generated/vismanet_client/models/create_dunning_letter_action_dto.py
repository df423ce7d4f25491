from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDunningLetterActionDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "dunning_letter_date",
    "level_from",
    "level_to",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("dunningLetterDate", UNSET)
        _instance.dunning_letter_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.level_from = _rest.pop("levelFrom", UNSET)
        _instance.level_to = _rest.pop("levelTo", UNSET)
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
