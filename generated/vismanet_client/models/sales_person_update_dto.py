from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cust_sales_people_update_dto import CustSalesPeopleUpdateDto
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="SalesPersonUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "salesperson_id",
    "name",
    "is_active",
    "commission_pct",
    "sales_sub",
    "customers",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("salespersonID", UNSET)
        _instance.salesperson_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("name", UNSET)
        _instance.name = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("isActive", UNSET)
        _instance.is_active = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("commissionPct", UNSET)
        _instance.commission_pct = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("salesSub", UNSET)
        _instance.sales_sub = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customers", UNSET)
        _instance.customers = (
            UNSET
            if _value is UNSET
            else [_models.CustSalesPeopleUpdateDto.from_dict(customers_item_data) for customers_item_data in _value]
        )
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
