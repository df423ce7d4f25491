from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.customer_contract_details_update_dto_operation import (
    CustomerContractDetailsUpdateDtoOperation,
)
from ..types import UNSET, Unset

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
class CustomerContractDetailsUpdateDto:
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

    operation: CustomerContractDetailsUpdateDtoOperation | Unset = UNSET
    contract_detail_id: DtoValueOfInt32 | Unset = UNSET
    item_code: DtoValueOfString | Unset = UNSET
    included: DtoValueOfNullableOfDecimal | Unset = UNSET
    setup_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    recurring_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    extra_usage_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    renewal_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        contract_detail_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_detail_id, Unset):
            contract_detail_id = self.contract_detail_id.to_dict()

        item_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_code, Unset):
            item_code = self.item_code.to_dict()

        included: dict[str, Any] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = self.included.to_dict()

        setup_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setup_price, Unset):
            setup_price = self.setup_price.to_dict()

        recurring_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring_price, Unset):
            recurring_price = self.recurring_price.to_dict()

        extra_usage_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_usage_price, Unset):
            extra_usage_price = self.extra_usage_price.to_dict()

        renewal_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.renewal_price, Unset):
            renewal_price = self.renewal_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if contract_detail_id is not UNSET:
            field_dict["contractDetailId"] = contract_detail_id
        if item_code is not UNSET:
            field_dict["itemCode"] = item_code
        if included is not UNSET:
            field_dict["included"] = included
        if setup_price is not UNSET:
            field_dict["setupPrice"] = setup_price
        if recurring_price is not UNSET:
            field_dict["recurringPrice"] = recurring_price
        if extra_usage_price is not UNSET:
            field_dict["extraUsagePrice"] = extra_usage_price
        if renewal_price is not UNSET:
            field_dict["renewalPrice"] = renewal_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("contractDetailId", UNSET)
        _instance.contract_detail_id = UNSET if _value is UNSET else _models.DtoValueOfInt32.from_dict(_value)
        _value = _rest.pop("itemCode", UNSET)
        _instance.item_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("included", UNSET)
        _instance.included = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("setupPrice", UNSET)
        _instance.setup_price = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("recurringPrice", UNSET)
        _instance.recurring_price = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("extraUsagePrice", UNSET)
        _instance.extra_usage_price = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("renewalPrice", UNSET)
        _instance.renewal_price = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
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
