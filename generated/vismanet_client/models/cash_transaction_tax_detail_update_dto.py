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
class CashTransactionTaxDetailUpdateDto(GeneratedModel):
    """
    Attributes:
        vat_id (DtoValueOfString | Unset):
        taxable_amount (DtoValueOfNullableOfDecimal | Unset):
        vat_amount (DtoValueOfNullableOfDecimal | Unset):
        expense_amount (DtoValueOfNullableOfDecimal | Unset):
    """

    vat_id: DtoValueOfString | Unset | None = UNSET
    taxable_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    vat_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    expense_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.vat_id
        if _value is not UNSET:
            field_dict["vatId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.taxable_amount
        if _value is not UNSET:
            field_dict["taxableAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_amount
        if _value is not UNSET:
            field_dict["vatAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_amount
        if _value is not UNSET:
            field_dict["expenseAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CashTransactionTaxDetailUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("vatId", UNSET)
        self.vat_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxableAmount", UNSET)
        self.taxable_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatAmount", UNSET)
        self.vat_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseAmount", UNSET)
        self.expense_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("vat_id", "vatId", False, ("model", "DtoValueOfString")),
        ("taxable_amount", "taxableAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("vat_amount", "vatAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("expense_amount", "expenseAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
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


_Lazy = _lazy_twin(CashTransactionTaxDetailUpdateDto)
