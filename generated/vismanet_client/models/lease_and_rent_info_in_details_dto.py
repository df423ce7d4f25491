from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaseAndRentInfoInDetailsDto")


@_attrs_define
class LeaseAndRentInfoInDetailsDto:
    """The lease and rent infor for this fixed asset

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
        d = dict(src_dict)
        lessor_id = d.pop("lessorID", UNSET)

        lessor_name = d.pop("lessorName", UNSET)

        lease_rent_term = d.pop("leaseRentTerm", UNSET)

        lease_number = d.pop("leaseNumber", UNSET)

        rent_amount = d.pop("rentAmount", UNSET)

        retail_cost = d.pop("retailCost", UNSET)

        manufacturing_year = d.pop("manufacturingYear", UNSET)

        lease_and_rent_info_in_details_dto = cls(
            lessor_id=lessor_id,
            lessor_name=lessor_name,
            lease_rent_term=lease_rent_term,
            lease_number=lease_number,
            rent_amount=rent_amount,
            retail_cost=retail_cost,
            manufacturing_year=manufacturing_year,
        )

        lease_and_rent_info_in_details_dto.additional_properties = d
        return lease_and_rent_info_in_details_dto

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
