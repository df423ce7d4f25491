from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.supplier_payment_adjustment_update_dto_operation import (
    SupplierPaymentAdjustmentUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_supplier_invoice_types import DtoValueOfNullableOfSupplierInvoiceTypes
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="SupplierPaymentAdjustmentUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "document_type",
    "ref_nbr",
    "amount_paid",
    "cash_discount_taken",
    "cross_rate",
)


@_attrs_define(repr=False)
class SupplierPaymentAdjustmentUpdateDto(GeneratedModel):
    """
    Attributes:
        operation (SupplierPaymentAdjustmentUpdateDtoOperation | Unset):
        document_type (DtoValueOfNullableOfSupplierInvoiceTypes | Unset):
        ref_nbr (DtoValueOfString | Unset):
        amount_paid (DtoValueOfNullableOfDecimal | Unset):
        cash_discount_taken (DtoValueOfNullableOfDecimal | Unset):
        cross_rate (DtoValueOfDecimal | Unset):
    """

    operation: SupplierPaymentAdjustmentUpdateDtoOperation | Unset | None = UNSET
    document_type: DtoValueOfNullableOfSupplierInvoiceTypes | Unset | None = UNSET
    ref_nbr: DtoValueOfString | Unset | None = UNSET
    amount_paid: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    cash_discount_taken: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    cross_rate: DtoValueOfDecimal | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.document_type
        if _value is not UNSET:
            field_dict["documentType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ref_nbr
        if _value is not UNSET:
            field_dict["refNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.amount_paid
        if _value is not UNSET:
            field_dict["amountPaid"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_discount_taken
        if _value is not UNSET:
            field_dict["cashDiscountTaken"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cross_rate
        if _value is not UNSET:
            field_dict["crossRate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierPaymentAdjustmentUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("documentType", UNSET)
        self.document_type = (
            _models.DtoValueOfNullableOfSupplierInvoiceTypes._vn_fill(
                _new(_models.DtoValueOfNullableOfSupplierInvoiceTypes), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("refNbr", UNSET)
        self.ref_nbr = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("amountPaid", UNSET)
        self.amount_paid = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cashDiscountTaken", UNSET)
        self.cash_discount_taken = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("crossRate", UNSET)
        self.cross_rate = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("document_type", "documentType", False, ("model", "DtoValueOfNullableOfSupplierInvoiceTypes")),
        ("ref_nbr", "refNbr", False, ("model", "DtoValueOfString")),
        ("amount_paid", "amountPaid", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("cash_discount_taken", "cashDiscountTaken", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("cross_rate", "crossRate", False, ("model", "DtoValueOfDecimal")),
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


_Lazy = _lazy_twin(SupplierPaymentAdjustmentUpdateDto)
