from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class BookBalanceDto(GeneratedModel):
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

    acquisition_cost: float | Unset | None = UNSET
    depreciation_method_id: str | Unset | None = UNSET
    depreciation_from_date: datetime.datetime | Unset | None = UNSET
    depreciation_from_period: str | Unset | None = UNSET
    depreciation_to_period: str | Unset | None = UNSET
    last_depreciation_period: str | Unset | None = UNSET
    salvage_amount: float | Unset | None = UNSET
    useful_life: float | Unset | None = UNSET
    book: BookInBookBalanceDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.acquisition_cost
        if _value is not UNSET:
            field_dict["acquisitionCost"] = _value
        _value = self.depreciation_method_id
        if _value is not UNSET:
            field_dict["depreciationMethodID"] = _value
        _value = self.depreciation_from_date
        if _value is not UNSET:
            field_dict["depreciationFromDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.depreciation_from_period
        if _value is not UNSET:
            field_dict["depreciationFromPeriod"] = _value
        _value = self.depreciation_to_period
        if _value is not UNSET:
            field_dict["depreciationToPeriod"] = _value
        _value = self.last_depreciation_period
        if _value is not UNSET:
            field_dict["lastDepreciationPeriod"] = _value
        _value = self.salvage_amount
        if _value is not UNSET:
            field_dict["salvageAmount"] = _value
        _value = self.useful_life
        if _value is not UNSET:
            field_dict["usefulLife"] = _value
        _value = self.book
        if _value is not UNSET:
            field_dict["book"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not BookBalanceDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.acquisition_cost = _rest.pop("acquisitionCost", UNSET)
        self.depreciation_method_id = _rest.pop("depreciationMethodID", UNSET)
        _value = _rest.pop("depreciationFromDate", UNSET)
        self.depreciation_from_date = _parse_datetime(_value)
        self.depreciation_from_period = _rest.pop("depreciationFromPeriod", UNSET)
        self.depreciation_to_period = _rest.pop("depreciationToPeriod", UNSET)
        self.last_depreciation_period = _rest.pop("lastDepreciationPeriod", UNSET)
        self.salvage_amount = _rest.pop("salvageAmount", UNSET)
        self.useful_life = _rest.pop("usefulLife", UNSET)
        _value = _rest.pop("book", UNSET)
        self.book = (
            _models.BookInBookBalanceDto._vn_fill(_new(_models.BookInBookBalanceDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("acquisition_cost", "acquisitionCost", False, "float"),
        ("depreciation_method_id", "depreciationMethodID", False, "str"),
        ("depreciation_from_date", "depreciationFromDate", False, "datetime"),
        ("depreciation_from_period", "depreciationFromPeriod", False, "str"),
        ("depreciation_to_period", "depreciationToPeriod", False, "str"),
        ("last_depreciation_period", "lastDepreciationPeriod", False, "str"),
        ("salvage_amount", "salvageAmount", False, "float"),
        ("useful_life", "usefulLife", False, "float"),
        ("book", "book", False, ("model", "BookInBookBalanceDto")),
    )
    _vn_extra = None

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


_Lazy = _lazy_twin(BookBalanceDto)
