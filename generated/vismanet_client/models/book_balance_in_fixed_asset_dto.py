from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.book_in_book_balance_dto import BookInBookBalanceDto


T = TypeVar("T", bound="BookBalanceInFixedAssetDto")


@_attrs_define
class BookBalanceInFixedAssetDto:
    """The book balance details for this fixed asset

    Attributes:
        acquisition_cost (float | Unset): The acquisition cost of this fixed asset
        depreciation_method_id (str | Unset): The depreciation method id of this fixed asset
        depreciation_from_date (datetime.datetime | Unset): The date this asset is placed in service
        depreciation_from_period (str | Unset): The first period this fixed asset will start/has started depreciating
        depreciation_to_period (str | Unset): The last period this fixed asset will depreciate/ was depreciated
        last_depreciation_period (str | Unset): The last period this asset has been depreciated
        salvage_amount (float | Unset): The salvage amount of this fixed asset
        useful_life (float | Unset): The useful life of this fixed asset in years
        book (BookInBookBalanceDto | Unset): The book details of this fixed asset
    """

    acquisition_cost: float | Unset = UNSET
    depreciation_method_id: str | Unset = UNSET
    depreciation_from_date: datetime.datetime | Unset = UNSET
    depreciation_from_period: str | Unset = UNSET
    depreciation_to_period: str | Unset = UNSET
    last_depreciation_period: str | Unset = UNSET
    salvage_amount: float | Unset = UNSET
    useful_life: float | Unset = UNSET
    book: BookInBookBalanceDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acquisition_cost = self.acquisition_cost

        depreciation_method_id = self.depreciation_method_id

        depreciation_from_date: str | Unset = UNSET
        if not isinstance(self.depreciation_from_date, Unset):
            depreciation_from_date = self.depreciation_from_date.isoformat()

        depreciation_from_period = self.depreciation_from_period

        depreciation_to_period = self.depreciation_to_period

        last_depreciation_period = self.last_depreciation_period

        salvage_amount = self.salvage_amount

        useful_life = self.useful_life

        book: dict[str, Any] | Unset = UNSET
        if not isinstance(self.book, Unset):
            book = self.book.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acquisition_cost is not UNSET:
            field_dict["acquisitionCost"] = acquisition_cost
        if depreciation_method_id is not UNSET:
            field_dict["depreciationMethodID"] = depreciation_method_id
        if depreciation_from_date is not UNSET:
            field_dict["depreciationFromDate"] = depreciation_from_date
        if depreciation_from_period is not UNSET:
            field_dict["depreciationFromPeriod"] = depreciation_from_period
        if depreciation_to_period is not UNSET:
            field_dict["depreciationToPeriod"] = depreciation_to_period
        if last_depreciation_period is not UNSET:
            field_dict["lastDepreciationPeriod"] = last_depreciation_period
        if salvage_amount is not UNSET:
            field_dict["salvageAmount"] = salvage_amount
        if useful_life is not UNSET:
            field_dict["usefulLife"] = useful_life
        if book is not UNSET:
            field_dict["book"] = book

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.book_in_book_balance_dto import BookInBookBalanceDto

        d = dict(src_dict)
        acquisition_cost = d.pop("acquisitionCost", UNSET)

        depreciation_method_id = d.pop("depreciationMethodID", UNSET)

        _depreciation_from_date = d.pop("depreciationFromDate", UNSET)
        depreciation_from_date: datetime.datetime | Unset
        if isinstance(_depreciation_from_date, Unset):
            depreciation_from_date = UNSET
        else:
            depreciation_from_date = datetime.datetime.fromisoformat(_depreciation_from_date)

        depreciation_from_period = d.pop("depreciationFromPeriod", UNSET)

        depreciation_to_period = d.pop("depreciationToPeriod", UNSET)

        last_depreciation_period = d.pop("lastDepreciationPeriod", UNSET)

        salvage_amount = d.pop("salvageAmount", UNSET)

        useful_life = d.pop("usefulLife", UNSET)

        _book = d.pop("book", UNSET)
        book: BookInBookBalanceDto | Unset
        if isinstance(_book, Unset):
            book = UNSET
        else:
            book = BookInBookBalanceDto.from_dict(_book)

        book_balance_in_fixed_asset_dto = cls(
            acquisition_cost=acquisition_cost,
            depreciation_method_id=depreciation_method_id,
            depreciation_from_date=depreciation_from_date,
            depreciation_from_period=depreciation_from_period,
            depreciation_to_period=depreciation_to_period,
            last_depreciation_period=last_depreciation_period,
            salvage_amount=salvage_amount,
            useful_life=useful_life,
            book=book,
        )

        book_balance_in_fixed_asset_dto.additional_properties = d
        return book_balance_in_fixed_asset_dto

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
