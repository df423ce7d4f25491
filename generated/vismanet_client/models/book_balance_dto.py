from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.book_in_book_balance_dto import BookInBookBalanceDto


T = TypeVar("T", bound="BookBalanceDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "acquisition_cost",
    "depreciation_method_id",
    "depreciation_from_date",
    "depreciation_from_period",
    "depreciation_to_period",
    "last_depreciation_period",
    "salvage_amount",
    "useful_life",
    "book",
)


@_attrs_define(repr=False)
class BookBalanceDto:
    """
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.acquisition_cost = _rest.pop("acquisitionCost", UNSET)
        _instance.depreciation_method_id = _rest.pop("depreciationMethodID", UNSET)
        _value = _rest.pop("depreciationFromDate", UNSET)
        _instance.depreciation_from_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.depreciation_from_period = _rest.pop("depreciationFromPeriod", UNSET)
        _instance.depreciation_to_period = _rest.pop("depreciationToPeriod", UNSET)
        _instance.last_depreciation_period = _rest.pop("lastDepreciationPeriod", UNSET)
        _instance.salvage_amount = _rest.pop("salvageAmount", UNSET)
        _instance.useful_life = _rest.pop("usefulLife", UNSET)
        _value = _rest.pop("book", UNSET)
        _instance.book = UNSET if _value is UNSET else _models.BookInBookBalanceDto.from_dict(_value)
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
