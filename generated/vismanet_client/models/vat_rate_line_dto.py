from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VatRateLineDto")


@_attrs_define
class VatRateLineDto:
    """
    Attributes:
        revision_id (str | Unset): The revision ID of the VAT rate.
        vat_rate (float | Unset): The VAT rate of the line.
        start_date (datetime.datetime | Unset): The date and time from which the VAT rate is effective.
    """

    revision_id: str | Unset = UNSET
    vat_rate: float | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revision_id = self.revision_id

        vat_rate = self.vat_rate

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revision_id is not UNSET:
            field_dict["revisionID"] = revision_id
        if vat_rate is not UNSET:
            field_dict["vatRate"] = vat_rate
        if start_date is not UNSET:
            field_dict["startDate"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        revision_id = d.pop("revisionID", UNSET)

        vat_rate = d.pop("vatRate", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        vat_rate_line_dto = cls(
            revision_id=revision_id,
            vat_rate=vat_rate,
            start_date=start_date,
        )

        vat_rate_line_dto.additional_properties = d
        return vat_rate_line_dto

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
