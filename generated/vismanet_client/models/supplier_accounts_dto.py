from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supplier_account_in_supplier_accounts_dto import SupplierAccountInSupplierAccountsDto
    from ..models.supplier_item_account_dto import SupplierItemAccountDto


T = TypeVar("T", bound="SupplierAccountsDto")


@_attrs_define
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
        from ..models.supplier_account_in_supplier_accounts_dto import SupplierAccountInSupplierAccountsDto
        from ..models.supplier_item_account_dto import SupplierItemAccountDto

        d = dict(src_dict)
        _supplier_account = d.pop("supplierAccount", UNSET)
        supplier_account: SupplierAccountInSupplierAccountsDto | Unset
        if isinstance(_supplier_account, Unset):
            supplier_account = UNSET
        else:
            supplier_account = SupplierAccountInSupplierAccountsDto.from_dict(_supplier_account)

        _supplier_item_accounts = d.pop("supplierItemAccounts", UNSET)
        supplier_item_accounts: list[SupplierItemAccountDto] | Unset = UNSET
        if _supplier_item_accounts is not UNSET:
            supplier_item_accounts = []
            for supplier_item_accounts_item_data in _supplier_item_accounts:
                supplier_item_accounts_item = SupplierItemAccountDto.from_dict(supplier_item_accounts_item_data)

                supplier_item_accounts.append(supplier_item_accounts_item)

        supplier_accounts_dto = cls(
            supplier_account=supplier_account,
            supplier_item_accounts=supplier_item_accounts,
        )

        supplier_accounts_dto.additional_properties = d
        return supplier_accounts_dto

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
