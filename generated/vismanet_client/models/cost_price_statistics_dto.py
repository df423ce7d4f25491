from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostPriceStatisticsDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "last_cost",
    "average_cost",
    "min_cost",
    "max_cost",
)


@_attrs_define(repr=False)
class CostPriceStatisticsDto:
    """
    Attributes:
        last_cost (float | Unset): Cost price statistics section &gt; Last cost &gt; The last standard cost used for the
            stock item.
        average_cost (float | Unset): Cost price statistics section &gt; Average cost &gt; The average cost for the
            stock item.
        min_cost (float | Unset): Cost price statistics section &gt; Min. cost &gt; The minimum cost for the stock item.
        max_cost (float | Unset): Cost price statistics section &gt; Max. cost &gt; The maximum cost for the stock item.
    """

    last_cost: float | Unset = UNSET
    average_cost: float | Unset = UNSET
    min_cost: float | Unset = UNSET
    max_cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_cost = self.last_cost

        average_cost = self.average_cost

        min_cost = self.min_cost

        max_cost = self.max_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_cost is not UNSET:
            field_dict["lastCost"] = last_cost
        if average_cost is not UNSET:
            field_dict["averageCost"] = average_cost
        if min_cost is not UNSET:
            field_dict["minCost"] = min_cost
        if max_cost is not UNSET:
            field_dict["maxCost"] = max_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.last_cost = _rest.pop("lastCost", UNSET)
        _instance.average_cost = _rest.pop("averageCost", UNSET)
        _instance.min_cost = _rest.pop("minCost", UNSET)
        _instance.max_cost = _rest.pop("maxCost", UNSET)
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
