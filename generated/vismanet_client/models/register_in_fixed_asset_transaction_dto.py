from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.register_in_fixed_asset_transaction_dto_status import (
    RegisterInFixedAssetTransactionDtoStatus,
    check_register_in_fixed_asset_transaction_dto_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterInFixedAssetTransactionDto")


@_attrs_define
class RegisterInFixedAssetTransactionDto:
    """The registration details

    Attributes:
        document_date (datetime.datetime | Unset): The document date for this fixed asset transaction
        status (RegisterInFixedAssetTransactionDtoStatus | Unset): Status can be
        hold (bool | Unset): Indecates whether this fixed asset transaction is on hold or not
    """

    document_date: datetime.datetime | Unset = UNSET
    status: RegisterInFixedAssetTransactionDtoStatus | Unset = UNSET
    hold: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_date: str | Unset = UNSET
        if not isinstance(self.document_date, Unset):
            document_date = self.document_date.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        hold = self.hold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_date is not UNSET:
            field_dict["documentDate"] = document_date
        if status is not UNSET:
            field_dict["status"] = status
        if hold is not UNSET:
            field_dict["hold"] = hold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _document_date = d.pop("documentDate", UNSET)
        document_date: datetime.datetime | Unset
        if isinstance(_document_date, Unset):
            document_date = UNSET
        else:
            document_date = datetime.datetime.fromisoformat(_document_date)

        _status = d.pop("status", UNSET)
        status: RegisterInFixedAssetTransactionDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_register_in_fixed_asset_transaction_dto_status(_status)

        hold = d.pop("hold", UNSET)

        register_in_fixed_asset_transaction_dto = cls(
            document_date=document_date,
            status=status,
            hold=hold,
        )

        register_in_fixed_asset_transaction_dto.additional_properties = d
        return register_in_fixed_asset_transaction_dto

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
