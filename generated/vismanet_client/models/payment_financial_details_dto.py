from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentFinancialDetailsDto")


@_attrs_define
class PaymentFinancialDetailsDto:
    """This class represents an Financial Details in Payments

    Attributes:
        payment_date (datetime.datetime | Unset): Financial Details tab &gt; Payment date
    """

    payment_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.datetime | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.datetime.fromisoformat(_payment_date)

        payment_financial_details_dto = cls(
            payment_date=payment_date,
        )

        payment_financial_details_dto.additional_properties = d
        return payment_financial_details_dto

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
