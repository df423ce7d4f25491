from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaseAndRentInfoDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "lessor_id",
    "lessor_name",
    "lease_rent_term",
    "lease_number",
    "rent_amount",
    "retail_cost",
    "manufacturing_year",
)


@_attrs_define(repr=False)
class LeaseAndRentInfoDto:
    """
    Attributes:
        lessor_id (str | Unset):
        lessor_name (str | Unset):
        lease_rent_term (int | Unset):
        lease_number (str | Unset):
        rent_amount (float | Unset):
        retail_cost (float | Unset):
        manufacturing_year (str | Unset):
    """

    lessor_id: str | Unset = UNSET
    lessor_name: str | Unset = UNSET
    lease_rent_term: int | Unset = UNSET
    lease_number: str | Unset = UNSET
    rent_amount: float | Unset = UNSET
    retail_cost: float | Unset = UNSET
    manufacturing_year: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lessor_id = self.lessor_id

        lessor_name = self.lessor_name

        lease_rent_term = self.lease_rent_term

        lease_number = self.lease_number

        rent_amount = self.rent_amount

        retail_cost = self.retail_cost

        manufacturing_year = self.manufacturing_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lessor_id is not UNSET:
            field_dict["lessorID"] = lessor_id
        if lessor_name is not UNSET:
            field_dict["lessorName"] = lessor_name
        if lease_rent_term is not UNSET:
            field_dict["leaseRentTerm"] = lease_rent_term
        if lease_number is not UNSET:
            field_dict["leaseNumber"] = lease_number
        if rent_amount is not UNSET:
            field_dict["rentAmount"] = rent_amount
        if retail_cost is not UNSET:
            field_dict["retailCost"] = retail_cost
        if manufacturing_year is not UNSET:
            field_dict["manufacturingYear"] = manufacturing_year

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.lessor_id = _rest.pop("lessorID", UNSET)
        _instance.lessor_name = _rest.pop("lessorName", UNSET)
        _instance.lease_rent_term = _rest.pop("leaseRentTerm", UNSET)
        _instance.lease_number = _rest.pop("leaseNumber", UNSET)
        _instance.rent_amount = _rest.pop("rentAmount", UNSET)
        _instance.retail_cost = _rest.pop("retailCost", UNSET)
        _instance.manufacturing_year = _rest.pop("manufacturingYear", UNSET)
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
