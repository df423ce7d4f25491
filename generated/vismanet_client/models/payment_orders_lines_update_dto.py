from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_orders_lines_update_dto_operation import (
    PaymentOrdersLinesUpdateDtoOperation,
    check_payment_orders_lines_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="PaymentOrdersLinesUpdateDto")


@_attrs_define
class PaymentOrdersLinesUpdateDto:
    """
    Attributes:
        operation (PaymentOrdersLinesUpdateDtoOperation | Unset):
        order_type (DtoValueOfString | Unset):
        order_number (DtoValueOfString | Unset):
        applied_to_order (DtoValueOfDecimal | Unset):
    """

    operation: PaymentOrdersLinesUpdateDtoOperation | Unset = UNSET
    order_type: DtoValueOfString | Unset = UNSET
    order_number: DtoValueOfString | Unset = UNSET
    applied_to_order: DtoValueOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        order_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.to_dict()

        order_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_number, Unset):
            order_number = self.order_number.to_dict()

        applied_to_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applied_to_order, Unset):
            applied_to_order = self.applied_to_order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if applied_to_order is not UNSET:
            field_dict["appliedToOrder"] = applied_to_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: PaymentOrdersLinesUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_payment_orders_lines_update_dto_operation(_operation)

        _order_type = d.pop("orderType", UNSET)
        order_type: DtoValueOfString | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = DtoValueOfString.from_dict(_order_type)

        _order_number = d.pop("orderNumber", UNSET)
        order_number: DtoValueOfString | Unset
        if isinstance(_order_number, Unset):
            order_number = UNSET
        else:
            order_number = DtoValueOfString.from_dict(_order_number)

        _applied_to_order = d.pop("appliedToOrder", UNSET)
        applied_to_order: DtoValueOfDecimal | Unset
        if isinstance(_applied_to_order, Unset):
            applied_to_order = UNSET
        else:
            applied_to_order = DtoValueOfDecimal.from_dict(_applied_to_order)

        payment_orders_lines_update_dto = cls(
            operation=operation,
            order_type=order_type,
            order_number=order_number,
            applied_to_order=applied_to_order,
        )

        payment_orders_lines_update_dto.additional_properties = d
        return payment_orders_lines_update_dto

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
