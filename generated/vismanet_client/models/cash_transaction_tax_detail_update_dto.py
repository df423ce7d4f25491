from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CashTransactionTaxDetailUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "vat_id",
    "taxable_amount",
    "vat_amount",
    "expense_amount",
)


@_attrs_define(repr=False)
class CashTransactionTaxDetailUpdateDto:
    """
    Attributes:
        vat_id (DtoValueOfString | Unset):
        taxable_amount (DtoValueOfNullableOfDecimal | Unset):
        vat_amount (DtoValueOfNullableOfDecimal | Unset):
        expense_amount (DtoValueOfNullableOfDecimal | Unset):
    """

    vat_id: DtoValueOfString | Unset = UNSET
    taxable_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    vat_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    expense_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vat_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_id, Unset):
            vat_id = self.vat_id.to_dict()

        taxable_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.taxable_amount, Unset):
            taxable_amount = self.taxable_amount.to_dict()

        vat_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_amount, Unset):
            vat_amount = self.vat_amount.to_dict()

        expense_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_amount, Unset):
            expense_amount = self.expense_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vat_id is not UNSET:
            field_dict["vatId"] = vat_id
        if taxable_amount is not UNSET:
            field_dict["taxableAmount"] = taxable_amount
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount
        if expense_amount is not UNSET:
            field_dict["expenseAmount"] = expense_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("vatId", UNSET)
        _instance.vat_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("taxableAmount", UNSET)
        _instance.taxable_amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("vatAmount", UNSET)
        _instance.vat_amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("expenseAmount", UNSET)
        _instance.expense_amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
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
