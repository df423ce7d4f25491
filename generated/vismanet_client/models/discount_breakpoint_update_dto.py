from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_breakpoint_update_dto_operation import (
    DiscountBreakpointUpdateDtoOperation,
    check_discount_breakpoint_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal


T = TypeVar("T", bound="DiscountBreakpointUpdateDto")


@_attrs_define
class DiscountBreakpointUpdateDto:
    """
    Attributes:
        operation (DiscountBreakpointUpdateDtoOperation | Unset):
        line_nbr (DtoValueOfInt32 | Unset):
        pending_break_amount (DtoValueOfNullableOfDecimal | Unset):
        pending_date (DtoValueOfNullableOfDateTime | Unset):
        pending_discount_percent (DtoValueOfNullableOfDecimal | Unset):
        pending_discount_amount (DtoValueOfNullableOfDecimal | Unset):
        pending_break_quantity (DtoValueOfNullableOfDecimal | Unset):
        break_amount (DtoValueOfNullableOfDecimal | Unset):
        discount_amount (DtoValueOfNullableOfDecimal | Unset):
        discount_percent (DtoValueOfNullableOfDecimal | Unset):
    """

    operation: DiscountBreakpointUpdateDtoOperation | Unset = UNSET
    line_nbr: DtoValueOfInt32 | Unset = UNSET
    pending_break_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    pending_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    pending_discount_percent: DtoValueOfNullableOfDecimal | Unset = UNSET
    pending_discount_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    pending_break_quantity: DtoValueOfNullableOfDecimal | Unset = UNSET
    break_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_percent: DtoValueOfNullableOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_nbr, Unset):
            line_nbr = self.line_nbr.to_dict()

        pending_break_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_break_amount, Unset):
            pending_break_amount = self.pending_break_amount.to_dict()

        pending_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_date, Unset):
            pending_date = self.pending_date.to_dict()

        pending_discount_percent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_discount_percent, Unset):
            pending_discount_percent = self.pending_discount_percent.to_dict()

        pending_discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_discount_amount, Unset):
            pending_discount_amount = self.pending_discount_amount.to_dict()

        pending_break_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_break_quantity, Unset):
            pending_break_quantity = self.pending_break_quantity.to_dict()

        break_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.break_amount, Unset):
            break_amount = self.break_amount.to_dict()

        discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_amount, Unset):
            discount_amount = self.discount_amount.to_dict()

        discount_percent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_percent, Unset):
            discount_percent = self.discount_percent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if pending_break_amount is not UNSET:
            field_dict["pendingBreakAmount"] = pending_break_amount
        if pending_date is not UNSET:
            field_dict["pendingDate"] = pending_date
        if pending_discount_percent is not UNSET:
            field_dict["pendingDiscountPercent"] = pending_discount_percent
        if pending_discount_amount is not UNSET:
            field_dict["pendingDiscountAmount"] = pending_discount_amount
        if pending_break_quantity is not UNSET:
            field_dict["pendingBreakQuantity"] = pending_break_quantity
        if break_amount is not UNSET:
            field_dict["breakAmount"] = break_amount
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: DiscountBreakpointUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_discount_breakpoint_update_dto_operation(_operation)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: DtoValueOfInt32 | Unset
        if isinstance(_line_nbr, Unset):
            line_nbr = UNSET
        else:
            line_nbr = DtoValueOfInt32.from_dict(_line_nbr)

        _pending_break_amount = d.pop("pendingBreakAmount", UNSET)
        pending_break_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_pending_break_amount, Unset):
            pending_break_amount = UNSET
        else:
            pending_break_amount = DtoValueOfNullableOfDecimal.from_dict(_pending_break_amount)

        _pending_date = d.pop("pendingDate", UNSET)
        pending_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_pending_date, Unset):
            pending_date = UNSET
        else:
            pending_date = DtoValueOfNullableOfDateTime.from_dict(_pending_date)

        _pending_discount_percent = d.pop("pendingDiscountPercent", UNSET)
        pending_discount_percent: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_pending_discount_percent, Unset):
            pending_discount_percent = UNSET
        else:
            pending_discount_percent = DtoValueOfNullableOfDecimal.from_dict(_pending_discount_percent)

        _pending_discount_amount = d.pop("pendingDiscountAmount", UNSET)
        pending_discount_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_pending_discount_amount, Unset):
            pending_discount_amount = UNSET
        else:
            pending_discount_amount = DtoValueOfNullableOfDecimal.from_dict(_pending_discount_amount)

        _pending_break_quantity = d.pop("pendingBreakQuantity", UNSET)
        pending_break_quantity: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_pending_break_quantity, Unset):
            pending_break_quantity = UNSET
        else:
            pending_break_quantity = DtoValueOfNullableOfDecimal.from_dict(_pending_break_quantity)

        _break_amount = d.pop("breakAmount", UNSET)
        break_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_break_amount, Unset):
            break_amount = UNSET
        else:
            break_amount = DtoValueOfNullableOfDecimal.from_dict(_break_amount)

        _discount_amount = d.pop("discountAmount", UNSET)
        discount_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = DtoValueOfNullableOfDecimal.from_dict(_discount_amount)

        _discount_percent = d.pop("discountPercent", UNSET)
        discount_percent: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_discount_percent, Unset):
            discount_percent = UNSET
        else:
            discount_percent = DtoValueOfNullableOfDecimal.from_dict(_discount_percent)

        discount_breakpoint_update_dto = cls(
            operation=operation,
            line_nbr=line_nbr,
            pending_break_amount=pending_break_amount,
            pending_date=pending_date,
            pending_discount_percent=pending_discount_percent,
            pending_discount_amount=pending_discount_amount,
            pending_break_quantity=pending_break_quantity,
            break_amount=break_amount,
            discount_amount=discount_amount,
            discount_percent=discount_percent,
        )

        discount_breakpoint_update_dto.additional_properties = d
        return discount_breakpoint_update_dto

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
