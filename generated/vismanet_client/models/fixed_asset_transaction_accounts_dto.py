from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedAssetTransactionAccountsDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "debit_account_id",
    "debit_sub_account_id",
    "credit_account_id",
    "credit_sub_account_id",
)


@_attrs_define(repr=False)
class FixedAssetTransactionAccountsDto:
    """
    Attributes:
        debit_account_id (str | Unset): The debit account
        debit_sub_account_id (str | Unset): The debit sub account
        credit_account_id (str | Unset): The credit account
        credit_sub_account_id (str | Unset): The credit sub account
    """

    debit_account_id: str | Unset = UNSET
    debit_sub_account_id: str | Unset = UNSET
    credit_account_id: str | Unset = UNSET
    credit_sub_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debit_account_id = self.debit_account_id

        debit_sub_account_id = self.debit_sub_account_id

        credit_account_id = self.credit_account_id

        credit_sub_account_id = self.credit_sub_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if debit_account_id is not UNSET:
            field_dict["debitAccountID"] = debit_account_id
        if debit_sub_account_id is not UNSET:
            field_dict["debitSubAccountID"] = debit_sub_account_id
        if credit_account_id is not UNSET:
            field_dict["creditAccountID"] = credit_account_id
        if credit_sub_account_id is not UNSET:
            field_dict["creditSubAccountID"] = credit_sub_account_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.debit_account_id = _rest.pop("debitAccountID", UNSET)
        _instance.debit_sub_account_id = _rest.pop("debitSubAccountID", UNSET)
        _instance.credit_account_id = _rest.pop("creditAccountID", UNSET)
        _instance.credit_sub_account_id = _rest.pop("creditSubAccountID", UNSET)
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
