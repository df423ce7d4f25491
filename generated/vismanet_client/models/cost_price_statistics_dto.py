from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostPriceStatisticsDto")


@_attrs_define
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
        d = dict(src_dict)
        last_cost = d.pop("lastCost", UNSET)

        average_cost = d.pop("averageCost", UNSET)

        min_cost = d.pop("minCost", UNSET)

        max_cost = d.pop("maxCost", UNSET)

        cost_price_statistics_dto = cls(
            last_cost=last_cost,
            average_cost=average_cost,
            min_cost=min_cost,
            max_cost=max_cost,
        )

        cost_price_statistics_dto.additional_properties = d
        return cost_price_statistics_dto

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
