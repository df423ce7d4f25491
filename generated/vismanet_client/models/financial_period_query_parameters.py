from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FinancialPeriodQueryParameters")


@_attrs_define
class FinancialPeriodQueryParameters:
    """
    Attributes:
        greater_than_value (str | Unset): Enter the year or year-period lower than the first period or year you want,
            format YYYY or YYYYPP
    """

    greater_than_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        greater_than_value = self.greater_than_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if greater_than_value is not UNSET:
            field_dict["greaterThanValue"] = greater_than_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        greater_than_value = d.pop("greaterThanValue", UNSET)

        financial_period_query_parameters = cls(
            greater_than_value=greater_than_value,
        )

        financial_period_query_parameters.additional_properties = d
        return financial_period_query_parameters

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
