from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.customer_contract_details_update_dto_operation import (
    CustomerContractDetailsUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CustomerContractDetailsUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "contract_detail_id",
    "item_code",
    "included",
    "setup_price",
    "recurring_price",
    "extra_usage_price",
    "renewal_price",
)


@_attrs_define(repr=False)
class CustomerContractDetailsUpdateDto(GeneratedModel):
    """
    Attributes:
        operation (CustomerContractDetailsUpdateDtoOperation | Unset):
        contract_detail_id (DtoValueOfInt32 | Unset):
        item_code (DtoValueOfString | Unset):
        included (DtoValueOfNullableOfDecimal | Unset):
        setup_price (DtoValueOfNullableOfDecimal | Unset):
        recurring_price (DtoValueOfNullableOfDecimal | Unset):
        extra_usage_price (DtoValueOfNullableOfDecimal | Unset):
        renewal_price (DtoValueOfNullableOfDecimal | Unset):
    """

    operation: CustomerContractDetailsUpdateDtoOperation | Unset | None = UNSET
    contract_detail_id: DtoValueOfInt32 | Unset | None = UNSET
    item_code: DtoValueOfString | Unset | None = UNSET
    included: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    setup_price: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    recurring_price: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    extra_usage_price: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    renewal_price: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.contract_detail_id
        if _value is not UNSET:
            field_dict["contractDetailId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.item_code
        if _value is not UNSET:
            field_dict["itemCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.included
        if _value is not UNSET:
            field_dict["included"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.setup_price
        if _value is not UNSET:
            field_dict["setupPrice"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.recurring_price
        if _value is not UNSET:
            field_dict["recurringPrice"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.extra_usage_price
        if _value is not UNSET:
            field_dict["extraUsagePrice"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.renewal_price
        if _value is not UNSET:
            field_dict["renewalPrice"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CustomerContractDetailsUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("contractDetailId", UNSET)
        self.contract_detail_id = (
            _models.DtoValueOfInt32._vn_fill(_new(_models.DtoValueOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("itemCode", UNSET)
        self.item_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("included", UNSET)
        self.included = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("setupPrice", UNSET)
        self.setup_price = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("recurringPrice", UNSET)
        self.recurring_price = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("extraUsagePrice", UNSET)
        self.extra_usage_price = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("renewalPrice", UNSET)
        self.renewal_price = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("contract_detail_id", "contractDetailId", False, ("model", "DtoValueOfInt32")),
        ("item_code", "itemCode", False, ("model", "DtoValueOfString")),
        ("included", "included", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("setup_price", "setupPrice", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("recurring_price", "recurringPrice", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("extra_usage_price", "extraUsagePrice", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("renewal_price", "renewalPrice", False, ("model", "DtoValueOfNullableOfDecimal")),
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


_Lazy = _lazy_twin(CustomerContractDetailsUpdateDto)
