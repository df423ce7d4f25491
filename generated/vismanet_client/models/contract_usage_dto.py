from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_usage_line_dto import ContractUsageLineDto


T = TypeVar("T", bound="ContractUsageDto")


@_attrs_define
class ContractUsageDto:
    """
    Attributes:
        contract (str | Unset):
        transaction (list[ContractUsageLineDto] | Unset): Transactions not yet invoiced tab or Transaction history tab
        last_modified_date_time (datetime.datetime | Unset):
    """

    contract: str | Unset = UNSET
    transaction: list[ContractUsageLineDto] | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract = self.contract

        transaction: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = []
            for transaction_item_data in self.transaction:
                transaction_item = transaction_item_data.to_dict()
                transaction.append(transaction_item)

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contract is not UNSET:
            field_dict["contract"] = contract
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contract_usage_line_dto import ContractUsageLineDto

        d = dict(src_dict)
        contract = d.pop("contract", UNSET)

        _transaction = d.pop("transaction", UNSET)
        transaction: list[ContractUsageLineDto] | Unset = UNSET
        if _transaction is not UNSET:
            transaction = []
            for transaction_item_data in _transaction:
                transaction_item = ContractUsageLineDto.from_dict(transaction_item_data)

                transaction.append(transaction_item)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        contract_usage_dto = cls(
            contract=contract,
            transaction=transaction,
            last_modified_date_time=last_modified_date_time,
        )

        contract_usage_dto.additional_properties = d
        return contract_usage_dto

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
