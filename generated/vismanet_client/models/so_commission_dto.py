from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SOCommissionDto")


@_attrs_define
class SOCommissionDto:
    """
    Attributes:
        sales_person_id (str | Unset):
        commission_percent (float | Unset):
        commission_amount (float | Unset):
        commissionable_amount (float | Unset):
    """

    sales_person_id: str | Unset = UNSET
    commission_percent: float | Unset = UNSET
    commission_amount: float | Unset = UNSET
    commissionable_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_person_id = self.sales_person_id

        commission_percent = self.commission_percent

        commission_amount = self.commission_amount

        commissionable_amount = self.commissionable_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_person_id is not UNSET:
            field_dict["salesPersonId"] = sales_person_id
        if commission_percent is not UNSET:
            field_dict["commissionPercent"] = commission_percent
        if commission_amount is not UNSET:
            field_dict["commissionAmount"] = commission_amount
        if commissionable_amount is not UNSET:
            field_dict["commissionableAmount"] = commissionable_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sales_person_id = d.pop("salesPersonId", UNSET)

        commission_percent = d.pop("commissionPercent", UNSET)

        commission_amount = d.pop("commissionAmount", UNSET)

        commissionable_amount = d.pop("commissionableAmount", UNSET)

        so_commission_dto = cls(
            sales_person_id=sales_person_id,
            commission_percent=commission_percent,
            commission_amount=commission_amount,
            commissionable_amount=commissionable_amount,
        )

        so_commission_dto.additional_properties = d
        return so_commission_dto

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
