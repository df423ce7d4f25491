from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reverse_cash_transaction_action_result_dto_action_result import (
    ReverseCashTransactionActionResultDtoActionResult,
    check_reverse_cash_transaction_action_result_dto_action_result,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cash_transaction_dto import CashTransactionDto


T = TypeVar("T", bound="ReverseCashTransactionActionResultDto")


@_attrs_define
class ReverseCashTransactionActionResultDto:
    """
    Attributes:
        reference_nbr (str | Unset):
        cash_transaction (CashTransactionDto | Unset):
        action_id (UUID | Unset):
        action_result (ReverseCashTransactionActionResultDtoActionResult | Unset):
        error_info (str | Unset):
    """

    reference_nbr: str | Unset = UNSET
    cash_transaction: CashTransactionDto | Unset = UNSET
    action_id: UUID | Unset = UNSET
    action_result: ReverseCashTransactionActionResultDtoActionResult | Unset = UNSET
    error_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_nbr = self.reference_nbr

        cash_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_transaction, Unset):
            cash_transaction = self.cash_transaction.to_dict()

        action_id: str | Unset = UNSET
        if not isinstance(self.action_id, Unset):
            action_id = str(self.action_id)

        action_result: str | Unset = UNSET
        if not isinstance(self.action_result, Unset):
            action_result = self.action_result

        error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_nbr is not UNSET:
            field_dict["referenceNbr"] = reference_nbr
        if cash_transaction is not UNSET:
            field_dict["cashTransaction"] = cash_transaction
        if action_id is not UNSET:
            field_dict["actionId"] = action_id
        if action_result is not UNSET:
            field_dict["actionResult"] = action_result
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cash_transaction_dto import CashTransactionDto

        d = dict(src_dict)
        reference_nbr = d.pop("referenceNbr", UNSET)

        _cash_transaction = d.pop("cashTransaction", UNSET)
        cash_transaction: CashTransactionDto | Unset
        if isinstance(_cash_transaction, Unset):
            cash_transaction = UNSET
        else:
            cash_transaction = CashTransactionDto.from_dict(_cash_transaction)

        _action_id = d.pop("actionId", UNSET)
        action_id: UUID | Unset
        if isinstance(_action_id, Unset):
            action_id = UNSET
        else:
            action_id = UUID(_action_id)

        _action_result = d.pop("actionResult", UNSET)
        action_result: ReverseCashTransactionActionResultDtoActionResult | Unset
        if isinstance(_action_result, Unset):
            action_result = UNSET
        else:
            action_result = check_reverse_cash_transaction_action_result_dto_action_result(_action_result)

        error_info = d.pop("errorInfo", UNSET)

        reverse_cash_transaction_action_result_dto = cls(
            reference_nbr=reference_nbr,
            cash_transaction=cash_transaction,
            action_id=action_id,
            action_result=action_result,
            error_info=error_info,
        )

        reverse_cash_transaction_action_result_dto.additional_properties = d
        return reverse_cash_transaction_action_result_dto

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
