from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.financial_period_amount_update_dto_operation import (
    FinancialPeriodAmountUpdateDtoOperation,
    check_financial_period_amount_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="FinancialPeriodAmountUpdateDto")


@_attrs_define
class FinancialPeriodAmountUpdateDto:
    """
    Attributes:
        operation (FinancialPeriodAmountUpdateDtoOperation | Unset):
        period_id (DtoValueOfString | Unset):
        amount (DtoValueOfDecimal | Unset):
    """

    operation: FinancialPeriodAmountUpdateDtoOperation | Unset = UNSET
    period_id: DtoValueOfString | Unset = UNSET
    amount: DtoValueOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        period_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period_id, Unset):
            period_id = self.period_id.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if period_id is not UNSET:
            field_dict["periodId"] = period_id
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: FinancialPeriodAmountUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_financial_period_amount_update_dto_operation(_operation)

        _period_id = d.pop("periodId", UNSET)
        period_id: DtoValueOfString | Unset
        if isinstance(_period_id, Unset):
            period_id = UNSET
        else:
            period_id = DtoValueOfString.from_dict(_period_id)

        _amount = d.pop("amount", UNSET)
        amount: DtoValueOfDecimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = DtoValueOfDecimal.from_dict(_amount)

        financial_period_amount_update_dto = cls(
            operation=operation,
            period_id=period_id,
            amount=amount,
        )

        financial_period_amount_update_dto.additional_properties = d
        return financial_period_amount_update_dto

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
