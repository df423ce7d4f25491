from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supplier_account_in_supplier_accounts_dto import SupplierAccountInSupplierAccountsDto
    from ..models.supplier_item_account_dto import SupplierItemAccountDto


T = TypeVar("T", bound="SupplierAccountsDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "supplier_account",
    "supplier_item_accounts",
)


@_attrs_define(repr=False)
class SupplierAccountsDto:
    """
    Attributes:
        supplier_account (SupplierAccountInSupplierAccountsDto | Unset): The supplier account information
        supplier_item_accounts (list[SupplierItemAccountDto] | Unset): The list of SUpplierItems Ids with their expense
            accounts
    """

    supplier_account: SupplierAccountInSupplierAccountsDto | Unset = UNSET
    supplier_item_accounts: list[SupplierItemAccountDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_account, Unset):
            supplier_account = self.supplier_account.to_dict()

        supplier_item_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier_item_accounts, Unset):
            supplier_item_accounts = []
            for supplier_item_accounts_item_data in self.supplier_item_accounts:
                supplier_item_accounts_item = supplier_item_accounts_item_data.to_dict()
                supplier_item_accounts.append(supplier_item_accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplier_account is not UNSET:
            field_dict["supplierAccount"] = supplier_account
        if supplier_item_accounts is not UNSET:
            field_dict["supplierItemAccounts"] = supplier_item_accounts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("supplierAccount", UNSET)
        _instance.supplier_account = (
            UNSET if _value is UNSET else _models.SupplierAccountInSupplierAccountsDto.from_dict(_value)
        )
        _value = _rest.pop("supplierItemAccounts", UNSET)
        _instance.supplier_item_accounts = (
            UNSET
            if _value is UNSET
            else [
                _models.SupplierItemAccountDto.from_dict(supplier_item_accounts_item_data)
                for supplier_item_accounts_item_data in _value
            ]
        )
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
