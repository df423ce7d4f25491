from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="AddPOReceiptLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "po_receipt_number",
    "po_receipt_line_number",
    "quantity",
    "unit_cost_in_currency",
    "cost_in_currency",
)


@_attrs_define(repr=False)
class AddPOReceiptLineDto:
    """
    Attributes:
        po_receipt_number (DtoValueOfString | Unset):
        po_receipt_line_number (DtoValueOfNullableOfInt32 | Unset):
        quantity (DtoValueOfDecimal | Unset):
        unit_cost_in_currency (DtoValueOfNullableOfDecimal | Unset):
        cost_in_currency (DtoValueOfNullableOfDecimal | Unset):
    """

    po_receipt_number: DtoValueOfString | Unset = UNSET
    po_receipt_line_number: DtoValueOfNullableOfInt32 | Unset = UNSET
    quantity: DtoValueOfDecimal | Unset = UNSET
    unit_cost_in_currency: DtoValueOfNullableOfDecimal | Unset = UNSET
    cost_in_currency: DtoValueOfNullableOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        po_receipt_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.po_receipt_number, Unset):
            po_receipt_number = self.po_receipt_number.to_dict()

        po_receipt_line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.po_receipt_line_number, Unset):
            po_receipt_line_number = self.po_receipt_line_number.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        unit_cost_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_cost_in_currency, Unset):
            unit_cost_in_currency = self.unit_cost_in_currency.to_dict()

        cost_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_in_currency, Unset):
            cost_in_currency = self.cost_in_currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if po_receipt_number is not UNSET:
            field_dict["poReceiptNumber"] = po_receipt_number
        if po_receipt_line_number is not UNSET:
            field_dict["poReceiptLineNumber"] = po_receipt_line_number
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_cost_in_currency is not UNSET:
            field_dict["unitCostInCurrency"] = unit_cost_in_currency
        if cost_in_currency is not UNSET:
            field_dict["costInCurrency"] = cost_in_currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("poReceiptNumber", UNSET)
        _instance.po_receipt_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("poReceiptLineNumber", UNSET)
        _instance.po_receipt_line_number = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        )
        _value = _rest.pop("quantity", UNSET)
        _instance.quantity = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("unitCostInCurrency", UNSET)
        _instance.unit_cost_in_currency = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("costInCurrency", UNSET)
        _instance.cost_in_currency = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
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
