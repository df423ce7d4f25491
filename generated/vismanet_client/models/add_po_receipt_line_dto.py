from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="AddPOReceiptLineDto")


@_attrs_define
class AddPOReceiptLineDto:
    """
    Attributes:
        po_receipt_number (DtoValueOfString | Unset):
        po_receipt_line_number (DtoValueOfNullableOfInt32 | Unset):
        quantity (DtoValueOfDecimal | Unset):
        unit_cost_in_currency (DtoValueOfNullableOfDecimal | Unset):
        cost_in_currency (DtoValueOfNullableOfDecimal | Unset):
    """

    po_receipt_number: DtoValueOfString | Unset = UNSET
    po_receipt_line_number: DtoValueOfNullableOfInt32 | Unset = UNSET
    quantity: DtoValueOfDecimal | Unset = UNSET
    unit_cost_in_currency: DtoValueOfNullableOfDecimal | Unset = UNSET
    cost_in_currency: DtoValueOfNullableOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        po_receipt_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.po_receipt_number, Unset):
            po_receipt_number = self.po_receipt_number.to_dict()

        po_receipt_line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.po_receipt_line_number, Unset):
            po_receipt_line_number = self.po_receipt_line_number.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        unit_cost_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_cost_in_currency, Unset):
            unit_cost_in_currency = self.unit_cost_in_currency.to_dict()

        cost_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_in_currency, Unset):
            cost_in_currency = self.cost_in_currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if po_receipt_number is not UNSET:
            field_dict["poReceiptNumber"] = po_receipt_number
        if po_receipt_line_number is not UNSET:
            field_dict["poReceiptLineNumber"] = po_receipt_line_number
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_cost_in_currency is not UNSET:
            field_dict["unitCostInCurrency"] = unit_cost_in_currency
        if cost_in_currency is not UNSET:
            field_dict["costInCurrency"] = cost_in_currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _po_receipt_number = d.pop("poReceiptNumber", UNSET)
        po_receipt_number: DtoValueOfString | Unset
        if isinstance(_po_receipt_number, Unset):
            po_receipt_number = UNSET
        else:
            po_receipt_number = DtoValueOfString.from_dict(_po_receipt_number)

        _po_receipt_line_number = d.pop("poReceiptLineNumber", UNSET)
        po_receipt_line_number: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_po_receipt_line_number, Unset):
            po_receipt_line_number = UNSET
        else:
            po_receipt_line_number = DtoValueOfNullableOfInt32.from_dict(_po_receipt_line_number)

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfDecimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DtoValueOfDecimal.from_dict(_quantity)

        _unit_cost_in_currency = d.pop("unitCostInCurrency", UNSET)
        unit_cost_in_currency: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_unit_cost_in_currency, Unset):
            unit_cost_in_currency = UNSET
        else:
            unit_cost_in_currency = DtoValueOfNullableOfDecimal.from_dict(_unit_cost_in_currency)

        _cost_in_currency = d.pop("costInCurrency", UNSET)
        cost_in_currency: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_cost_in_currency, Unset):
            cost_in_currency = UNSET
        else:
            cost_in_currency = DtoValueOfNullableOfDecimal.from_dict(_cost_in_currency)

        add_po_receipt_line_dto = cls(
            po_receipt_number=po_receipt_number,
            po_receipt_line_number=po_receipt_line_number,
            quantity=quantity,
            unit_cost_in_currency=unit_cost_in_currency,
            cost_in_currency=cost_in_currency,
        )

        add_po_receipt_line_dto.additional_properties = d
        return add_po_receipt_line_dto

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
