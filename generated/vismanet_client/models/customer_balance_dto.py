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
    from ..models.customer_description_dto import CustomerDescriptionDto


T = TypeVar("T", bound="CustomerBalanceDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "customer",
    "balance",
    "total_order",
    "total_loan",
    "total_sale_period",
    "total_sale_year",
    "total_discount_period",
    "total_discount_year",
    "last_modified",
)


@_attrs_define(repr=False)
class CustomerBalanceDto(GeneratedModel):
    """
    Attributes:
        customer (CustomerDescriptionDto | Unset):
        balance (float | Unset):
        total_order (float | Unset):
        total_loan (float | Unset):
        total_sale_period (float | Unset):
        total_sale_year (float | Unset):
        total_discount_period (float | Unset):
        total_discount_year (float | Unset):
        last_modified (datetime.datetime | Unset):
    """

    customer: CustomerDescriptionDto | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    total_order: float | Unset | None = UNSET
    total_loan: float | Unset | None = UNSET
    total_sale_period: float | Unset | None = UNSET
    total_sale_year: float | Unset | None = UNSET
    total_discount_period: float | Unset | None = UNSET
    total_discount_year: float | Unset | None = UNSET
    last_modified: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.balance
        if _value is not UNSET:
            field_dict["balance"] = _value
        _value = self.total_order
        if _value is not UNSET:
            field_dict["totalOrder"] = _value
        _value = self.total_loan
        if _value is not UNSET:
            field_dict["totalLoan"] = _value
        _value = self.total_sale_period
        if _value is not UNSET:
            field_dict["totalSalePeriod"] = _value
        _value = self.total_sale_year
        if _value is not UNSET:
            field_dict["totalSaleYear"] = _value
        _value = self.total_discount_period
        if _value is not UNSET:
            field_dict["totalDiscountPeriod"] = _value
        _value = self.total_discount_year
        if _value is not UNSET:
            field_dict["totalDiscountYear"] = _value
        _value = self.last_modified
        if _value is not UNSET:
            field_dict["lastModified"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CustomerBalanceDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerDescriptionDto._vn_fill(_new(_models.CustomerDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.balance = _rest.pop("balance", UNSET)
        self.total_order = _rest.pop("totalOrder", UNSET)
        self.total_loan = _rest.pop("totalLoan", UNSET)
        self.total_sale_period = _rest.pop("totalSalePeriod", UNSET)
        self.total_sale_year = _rest.pop("totalSaleYear", UNSET)
        self.total_discount_period = _rest.pop("totalDiscountPeriod", UNSET)
        self.total_discount_year = _rest.pop("totalDiscountYear", UNSET)
        _value = _rest.pop("lastModified", UNSET)
        self.last_modified = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("customer", "customer", False, ("model", "CustomerDescriptionDto")),
        ("balance", "balance", False, "float"),
        ("total_order", "totalOrder", False, "float"),
        ("total_loan", "totalLoan", False, "float"),
        ("total_sale_period", "totalSalePeriod", False, "float"),
        ("total_sale_year", "totalSaleYear", False, "float"),
        ("total_discount_period", "totalDiscountPeriod", False, "float"),
        ("total_discount_year", "totalDiscountYear", False, "float"),
        ("last_modified", "lastModified", False, "datetime"),
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


_Lazy = _lazy_twin(CustomerBalanceDto)
