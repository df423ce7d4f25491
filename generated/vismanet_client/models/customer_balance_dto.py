from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class CustomerBalanceDto:
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

    customer: CustomerDescriptionDto | Unset = UNSET
    balance: float | Unset = UNSET
    total_order: float | Unset = UNSET
    total_loan: float | Unset = UNSET
    total_sale_period: float | Unset = UNSET
    total_sale_year: float | Unset = UNSET
    total_discount_period: float | Unset = UNSET
    total_discount_year: float | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        balance = self.balance

        total_order = self.total_order

        total_loan = self.total_loan

        total_sale_period = self.total_sale_period

        total_sale_year = self.total_sale_year

        total_discount_period = self.total_discount_period

        total_discount_year = self.total_discount_year

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if balance is not UNSET:
            field_dict["balance"] = balance
        if total_order is not UNSET:
            field_dict["totalOrder"] = total_order
        if total_loan is not UNSET:
            field_dict["totalLoan"] = total_loan
        if total_sale_period is not UNSET:
            field_dict["totalSalePeriod"] = total_sale_period
        if total_sale_year is not UNSET:
            field_dict["totalSaleYear"] = total_sale_year
        if total_discount_period is not UNSET:
            field_dict["totalDiscountPeriod"] = total_discount_period
        if total_discount_year is not UNSET:
            field_dict["totalDiscountYear"] = total_discount_year
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerDescriptionDto.from_dict(_value)
        _instance.balance = _rest.pop("balance", UNSET)
        _instance.total_order = _rest.pop("totalOrder", UNSET)
        _instance.total_loan = _rest.pop("totalLoan", UNSET)
        _instance.total_sale_period = _rest.pop("totalSalePeriod", UNSET)
        _instance.total_sale_year = _rest.pop("totalSaleYear", UNSET)
        _instance.total_discount_period = _rest.pop("totalDiscountPeriod", UNSET)
        _instance.total_discount_year = _rest.pop("totalDiscountYear", UNSET)
        _value = _rest.pop("lastModified", UNSET)
        _instance.last_modified = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
