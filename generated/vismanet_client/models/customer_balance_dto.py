from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_description_dto import CustomerDescriptionDto


T = TypeVar("T", bound="CustomerBalanceDto")


@_attrs_define
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
        from ..models.customer_description_dto import CustomerDescriptionDto

        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: CustomerDescriptionDto | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerDescriptionDto.from_dict(_customer)

        balance = d.pop("balance", UNSET)

        total_order = d.pop("totalOrder", UNSET)

        total_loan = d.pop("totalLoan", UNSET)

        total_sale_period = d.pop("totalSalePeriod", UNSET)

        total_sale_year = d.pop("totalSaleYear", UNSET)

        total_discount_period = d.pop("totalDiscountPeriod", UNSET)

        total_discount_year = d.pop("totalDiscountYear", UNSET)

        _last_modified = d.pop("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        customer_balance_dto = cls(
            customer=customer,
            balance=balance,
            total_order=total_order,
            total_loan=total_loan,
            total_sale_period=total_sale_period,
            total_sale_year=total_sale_year,
            total_discount_period=total_discount_period,
            total_discount_year=total_discount_year,
            last_modified=last_modified,
        )

        customer_balance_dto.additional_properties = d
        return customer_balance_dto

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
