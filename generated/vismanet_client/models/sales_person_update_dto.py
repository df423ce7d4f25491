from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class SalesPersonUpdateDto(GeneratedModel):
    """
    Attributes:
        salesperson_id (DtoValueOfString | Unset):
        name (DtoValueOfString | Unset):
        is_active (DtoValueOfNullableOfBoolean | Unset):
        commission_pct (DtoValueOfNullableOfDecimal | Unset):
        sales_sub (DtoValueOfString | Unset):
        customers (list[CustSalesPeopleUpdateDto] | Unset):
    """

    salesperson_id: DtoValueOfString | Unset | None = UNSET
    name: DtoValueOfString | Unset | None = UNSET
    is_active: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    commission_pct: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    sales_sub: DtoValueOfString | Unset | None = UNSET
    customers: list[CustSalesPeopleUpdateDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.salesperson_id
        if _value is not UNSET:
            field_dict["salespersonID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.name
        if _value is not UNSET:
            field_dict["name"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.is_active
        if _value is not UNSET:
            field_dict["isActive"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.commission_pct
        if _value is not UNSET:
            field_dict["commissionPct"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_sub
        if _value is not UNSET:
            field_dict["salesSub"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customers
        if _value is not UNSET:
            field_dict["customers"] = (
                [
                    customers_item_data.to_dict()
                    if isinstance(customers_item_data, GeneratedModel)
                    else customers_item_data
                    for customers_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SalesPersonUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("salespersonID", UNSET)
        self.salesperson_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("name", UNSET)
        self.name = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("isActive", UNSET)
        self.is_active = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("commissionPct", UNSET)
        self.commission_pct = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesSub", UNSET)
        self.sales_sub = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customers", UNSET)
        self.customers = (
            [
                _models.CustSalesPeopleUpdateDto._vn_fill(_new(_models.CustSalesPeopleUpdateDto), customers_item_data)
                if isinstance(customers_item_data, dict)
                else customers_item_data
                for customers_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("salesperson_id", "salespersonID", False, ("model", "DtoValueOfString")),
        ("name", "name", False, ("model", "DtoValueOfString")),
        ("is_active", "isActive", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("commission_pct", "commissionPct", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("sales_sub", "salesSub", False, ("model", "DtoValueOfString")),
        ("customers", "customers", False, ("list", ("model", "CustSalesPeopleUpdateDto"))),
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


_Lazy = _lazy_twin(SalesPersonUpdateDto)
