from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_breakpoint_update_dto import DiscountBreakpointUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="DiscountUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "discount_code",
    "series",
    "description",
    "discount_by",
    "break_by",
    "promotional",
    "active",
    "prorate_discount",
    "effective_date",
    "expiration_date",
    "discount_breakpoints",
)


@_attrs_define(repr=False)
class DiscountUpdateDto:
    """
    Attributes:
        discount_code (DtoValueOfString | Unset):
        series (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        discount_by (DtoValueOfString | Unset):
        break_by (DtoValueOfString | Unset):
        promotional (DtoValueOfBoolean | Unset):
        active (DtoValueOfNullableOfBoolean | Unset):
        prorate_discount (DtoValueOfBoolean | Unset):
        effective_date (DtoValueOfNullableOfDateTime | Unset):
        expiration_date (DtoValueOfNullableOfDateTime | Unset):
        discount_breakpoints (list[DiscountBreakpointUpdateDto] | Unset):
    """

    discount_code: DtoValueOfString | Unset = UNSET
    series: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    discount_by: DtoValueOfString | Unset = UNSET
    break_by: DtoValueOfString | Unset = UNSET
    promotional: DtoValueOfBoolean | Unset = UNSET
    active: DtoValueOfNullableOfBoolean | Unset = UNSET
    prorate_discount: DtoValueOfBoolean | Unset = UNSET
    effective_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    expiration_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    discount_breakpoints: list[DiscountBreakpointUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_code, Unset):
            discount_code = self.discount_code.to_dict()

        series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.series, Unset):
            series = self.series.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        discount_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_by, Unset):
            discount_by = self.discount_by.to_dict()

        break_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.break_by, Unset):
            break_by = self.break_by.to_dict()

        promotional: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotional, Unset):
            promotional = self.promotional.to_dict()

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        prorate_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prorate_discount, Unset):
            prorate_discount = self.prorate_discount.to_dict()

        effective_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = self.effective_date.to_dict()

        expiration_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.to_dict()

        discount_breakpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discount_breakpoints, Unset):
            discount_breakpoints = []
            for discount_breakpoints_item_data in self.discount_breakpoints:
                discount_breakpoints_item = discount_breakpoints_item_data.to_dict()
                discount_breakpoints.append(discount_breakpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if series is not UNSET:
            field_dict["series"] = series
        if description is not UNSET:
            field_dict["description"] = description
        if discount_by is not UNSET:
            field_dict["discountBy"] = discount_by
        if break_by is not UNSET:
            field_dict["breakBy"] = break_by
        if promotional is not UNSET:
            field_dict["promotional"] = promotional
        if active is not UNSET:
            field_dict["active"] = active
        if prorate_discount is not UNSET:
            field_dict["prorateDiscount"] = prorate_discount
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if discount_breakpoints is not UNSET:
            field_dict["discountBreakpoints"] = discount_breakpoints

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("discountCode", UNSET)
        _instance.discount_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("series", UNSET)
        _instance.series = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("discountBy", UNSET)
        _instance.discount_by = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("breakBy", UNSET)
        _instance.break_by = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("promotional", UNSET)
        _instance.promotional = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("active", UNSET)
        _instance.active = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("prorateDiscount", UNSET)
        _instance.prorate_discount = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("effectiveDate", UNSET)
        _instance.effective_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("discountBreakpoints", UNSET)
        _instance.discount_breakpoints = (
            UNSET
            if _value is UNSET
            else [
                _models.DiscountBreakpointUpdateDto.from_dict(discount_breakpoints_item_data)
                for discount_breakpoints_item_data in _value
            ]
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
