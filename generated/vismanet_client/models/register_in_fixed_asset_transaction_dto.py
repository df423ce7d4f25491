from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.register_in_fixed_asset_transaction_dto_status import (
    RegisterInFixedAssetTransactionDtoStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterInFixedAssetTransactionDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "document_date",
    "status",
    "hold",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("documentDate", UNSET)
        _instance.document_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.status = _rest.pop("status", UNSET)
        _instance.hold = _rest.pop("hold", UNSET)
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
