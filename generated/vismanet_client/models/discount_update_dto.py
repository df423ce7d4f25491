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
class DiscountUpdateDto(GeneratedModel):
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

    discount_code: DtoValueOfString | Unset | None = UNSET
    series: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    discount_by: DtoValueOfString | Unset | None = UNSET
    break_by: DtoValueOfString | Unset | None = UNSET
    promotional: DtoValueOfBoolean | Unset | None = UNSET
    active: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    prorate_discount: DtoValueOfBoolean | Unset | None = UNSET
    effective_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    expiration_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    discount_breakpoints: list[DiscountBreakpointUpdateDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.discount_code
        if _value is not UNSET:
            field_dict["discountCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.series
        if _value is not UNSET:
            field_dict["series"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_by
        if _value is not UNSET:
            field_dict["discountBy"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.break_by
        if _value is not UNSET:
            field_dict["breakBy"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.promotional
        if _value is not UNSET:
            field_dict["promotional"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.prorate_discount
        if _value is not UNSET:
            field_dict["prorateDiscount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.effective_date
        if _value is not UNSET:
            field_dict["effectiveDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_breakpoints
        if _value is not UNSET:
            field_dict["discountBreakpoints"] = (
                [
                    discount_breakpoints_item_data.to_dict()
                    if isinstance(discount_breakpoints_item_data, GeneratedModel)
                    else discount_breakpoints_item_data
                    for discount_breakpoints_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not DiscountUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("discountCode", UNSET)
        self.discount_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("series", UNSET)
        self.series = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountBy", UNSET)
        self.discount_by = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("breakBy", UNSET)
        self.break_by = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("promotional", UNSET)
        self.promotional = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("active", UNSET)
        self.active = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("prorateDiscount", UNSET)
        self.prorate_discount = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("effectiveDate", UNSET)
        self.effective_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountBreakpoints", UNSET)
        self.discount_breakpoints = (
            [
                _models.DiscountBreakpointUpdateDto._vn_fill(
                    _new(_models.DiscountBreakpointUpdateDto), discount_breakpoints_item_data
                )
                if isinstance(discount_breakpoints_item_data, dict)
                else discount_breakpoints_item_data
                for discount_breakpoints_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("discount_code", "discountCode", False, ("model", "DtoValueOfString")),
        ("series", "series", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("discount_by", "discountBy", False, ("model", "DtoValueOfString")),
        ("break_by", "breakBy", False, ("model", "DtoValueOfString")),
        ("promotional", "promotional", False, ("model", "DtoValueOfBoolean")),
        ("active", "active", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("prorate_discount", "prorateDiscount", False, ("model", "DtoValueOfBoolean")),
        ("effective_date", "effectiveDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("expiration_date", "expirationDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("discount_breakpoints", "discountBreakpoints", False, ("list", ("model", "DiscountBreakpointUpdateDto"))),
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


_Lazy = _lazy_twin(DiscountUpdateDto)
