from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cust_sales_people_update_dto import CustSalesPeopleUpdateDto
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="SalesPersonUpdateDto")


@_attrs_define
class SalesPersonUpdateDto:
    """
    Attributes:
        salesperson_id (DtoValueOfString | Unset):
        name (DtoValueOfString | Unset):
        is_active (DtoValueOfNullableOfBoolean | Unset):
        commission_pct (DtoValueOfNullableOfDecimal | Unset):
        sales_sub (DtoValueOfString | Unset):
        customers (list[CustSalesPeopleUpdateDto] | Unset):
    """

    salesperson_id: DtoValueOfString | Unset = UNSET
    name: DtoValueOfString | Unset = UNSET
    is_active: DtoValueOfNullableOfBoolean | Unset = UNSET
    commission_pct: DtoValueOfNullableOfDecimal | Unset = UNSET
    sales_sub: DtoValueOfString | Unset = UNSET
    customers: list[CustSalesPeopleUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salesperson_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salesperson_id, Unset):
            salesperson_id = self.salesperson_id.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        is_active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.to_dict()

        commission_pct: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commission_pct, Unset):
            commission_pct = self.commission_pct.to_dict()

        sales_sub: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_sub, Unset):
            sales_sub = self.sales_sub.to_dict()

        customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if salesperson_id is not UNSET:
            field_dict["salespersonID"] = salesperson_id
        if name is not UNSET:
            field_dict["name"] = name
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if commission_pct is not UNSET:
            field_dict["commissionPct"] = commission_pct
        if sales_sub is not UNSET:
            field_dict["salesSub"] = sales_sub
        if customers is not UNSET:
            field_dict["customers"] = customers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cust_sales_people_update_dto import CustSalesPeopleUpdateDto
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _salesperson_id = d.pop("salespersonID", UNSET)
        salesperson_id: DtoValueOfString | Unset
        if isinstance(_salesperson_id, Unset):
            salesperson_id = UNSET
        else:
            salesperson_id = DtoValueOfString.from_dict(_salesperson_id)

        _name = d.pop("name", UNSET)
        name: DtoValueOfString | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = DtoValueOfString.from_dict(_name)

        _is_active = d.pop("isActive", UNSET)
        is_active: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = DtoValueOfNullableOfBoolean.from_dict(_is_active)

        _commission_pct = d.pop("commissionPct", UNSET)
        commission_pct: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_commission_pct, Unset):
            commission_pct = UNSET
        else:
            commission_pct = DtoValueOfNullableOfDecimal.from_dict(_commission_pct)

        _sales_sub = d.pop("salesSub", UNSET)
        sales_sub: DtoValueOfString | Unset
        if isinstance(_sales_sub, Unset):
            sales_sub = UNSET
        else:
            sales_sub = DtoValueOfString.from_dict(_sales_sub)

        _customers = d.pop("customers", UNSET)
        customers: list[CustSalesPeopleUpdateDto] | Unset = UNSET
        if _customers is not UNSET:
            customers = []
            for customers_item_data in _customers:
                customers_item = CustSalesPeopleUpdateDto.from_dict(customers_item_data)

                customers.append(customers_item)

        sales_person_update_dto = cls(
            salesperson_id=salesperson_id,
            name=name,
            is_active=is_active,
            commission_pct=commission_pct,
            sales_sub=sales_sub,
            customers=customers,
        )

        sales_person_update_dto.additional_properties = d
        return sales_person_update_dto

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
