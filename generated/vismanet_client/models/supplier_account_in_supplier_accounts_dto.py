from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount_in_supplier_account_dto import SubaccountInSupplierAccountDto


T = TypeVar("T", bound="SupplierAccountInSupplierAccountsDto")


@_attrs_define
class SupplierAccountInSupplierAccountsDto:
    """The supplier account information

    Attributes:
        number (str | Unset): The supplier number
        name (str | Unset): The supplier name
        account_id (str | Unset): The default Expense Account ID for the supplier
        subaccount (SubaccountInSupplierAccountDto | Unset): The default Expense SubAccount for the supplier
    """

    number: str | Unset = UNSET
    name: str | Unset = UNSET
    account_id: str | Unset = UNSET
    subaccount: SubaccountInSupplierAccountDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        name = self.name

        account_id = self.account_id

        subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = self.subaccount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if account_id is not UNSET:
            field_dict["accountID"] = account_id
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subaccount_in_supplier_account_dto import SubaccountInSupplierAccountDto

        d = dict(src_dict)
        number = d.pop("number", UNSET)

        name = d.pop("name", UNSET)

        account_id = d.pop("accountID", UNSET)

        _subaccount = d.pop("subaccount", UNSET)
        subaccount: SubaccountInSupplierAccountDto | Unset
        if isinstance(_subaccount, Unset):
            subaccount = UNSET
        else:
            subaccount = SubaccountInSupplierAccountDto.from_dict(_subaccount)

        supplier_account_in_supplier_accounts_dto = cls(
            number=number,
            name=name,
            account_id=account_id,
            subaccount=subaccount,
        )

        supplier_account_in_supplier_accounts_dto.additional_properties = d
        return supplier_account_in_supplier_accounts_dto

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
