from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_breakpoint_update_dto import DiscountBreakpointUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="DiscountUpdateDto")


@_attrs_define
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
        from ..models.discount_breakpoint_update_dto import DiscountBreakpointUpdateDto
        from ..models.dto_value_of_boolean import DtoValueOfBoolean
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _discount_code = d.pop("discountCode", UNSET)
        discount_code: DtoValueOfString | Unset
        if isinstance(_discount_code, Unset):
            discount_code = UNSET
        else:
            discount_code = DtoValueOfString.from_dict(_discount_code)

        _series = d.pop("series", UNSET)
        series: DtoValueOfString | Unset
        if isinstance(_series, Unset):
            series = UNSET
        else:
            series = DtoValueOfString.from_dict(_series)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _discount_by = d.pop("discountBy", UNSET)
        discount_by: DtoValueOfString | Unset
        if isinstance(_discount_by, Unset):
            discount_by = UNSET
        else:
            discount_by = DtoValueOfString.from_dict(_discount_by)

        _break_by = d.pop("breakBy", UNSET)
        break_by: DtoValueOfString | Unset
        if isinstance(_break_by, Unset):
            break_by = UNSET
        else:
            break_by = DtoValueOfString.from_dict(_break_by)

        _promotional = d.pop("promotional", UNSET)
        promotional: DtoValueOfBoolean | Unset
        if isinstance(_promotional, Unset):
            promotional = UNSET
        else:
            promotional = DtoValueOfBoolean.from_dict(_promotional)

        _active = d.pop("active", UNSET)
        active: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = DtoValueOfNullableOfBoolean.from_dict(_active)

        _prorate_discount = d.pop("prorateDiscount", UNSET)
        prorate_discount: DtoValueOfBoolean | Unset
        if isinstance(_prorate_discount, Unset):
            prorate_discount = UNSET
        else:
            prorate_discount = DtoValueOfBoolean.from_dict(_prorate_discount)

        _effective_date = d.pop("effectiveDate", UNSET)
        effective_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = DtoValueOfNullableOfDateTime.from_dict(_effective_date)

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = DtoValueOfNullableOfDateTime.from_dict(_expiration_date)

        _discount_breakpoints = d.pop("discountBreakpoints", UNSET)
        discount_breakpoints: list[DiscountBreakpointUpdateDto] | Unset = UNSET
        if _discount_breakpoints is not UNSET:
            discount_breakpoints = []
            for discount_breakpoints_item_data in _discount_breakpoints:
                discount_breakpoints_item = DiscountBreakpointUpdateDto.from_dict(discount_breakpoints_item_data)

                discount_breakpoints.append(discount_breakpoints_item)

        discount_update_dto = cls(
            discount_code=discount_code,
            series=series,
            description=description,
            discount_by=discount_by,
            break_by=break_by,
            promotional=promotional,
            active=active,
            prorate_discount=prorate_discount,
            effective_date=effective_date,
            expiration_date=expiration_date,
            discount_breakpoints=discount_breakpoints,
        )

        discount_update_dto.additional_properties = d
        return discount_update_dto

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
