from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount_in_supplier_item_account_dto import SubaccountInSupplierItemAccountDto


T = TypeVar("T", bound="SupplierItemAccountDto")


@_attrs_define
class SupplierItemAccountDto:
    """
    Attributes:
        supplier_item_id (str | Unset): The supplier item id for which the account is displayed.
        item_id (str | Unset): The item id matched to the SupplierItemId. If null, this means that no itemId was found
            for the corresponding {Visma.net.ERP.Web.Api.Model.V1.SupplierItemAccountDto.SupplierItemId}
        account_id (str | Unset): The Account ID is the actual ID of the expense account for the SupplierItemID or of
            the supplier if no SUpplierItemId was specified in the request. If null, this means that no account was found
            for the {Visma.net.ERP.Web.Api.Model.V1.SupplierItemAccountDto.SupplierItemId}
        subaccount (SubaccountInSupplierItemAccountDto | Unset): The SubAccount for the SupplierItemID. If null, this
            means that no account was found for the {Visma.net.ERP.Web.Api.Model.V1.SupplierItemAccountDto.SupplierItemId}
    """

    supplier_item_id: str | Unset = UNSET
    item_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    subaccount: SubaccountInSupplierItemAccountDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier_item_id = self.supplier_item_id

        item_id = self.item_id

        account_id = self.account_id

        subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = self.subaccount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplier_item_id is not UNSET:
            field_dict["supplierItemId"] = supplier_item_id
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if account_id is not UNSET:
            field_dict["accountID"] = account_id
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subaccount_in_supplier_item_account_dto import SubaccountInSupplierItemAccountDto

        d = dict(src_dict)
        supplier_item_id = d.pop("supplierItemId", UNSET)

        item_id = d.pop("itemId", UNSET)

        account_id = d.pop("accountID", UNSET)

        _subaccount = d.pop("subaccount", UNSET)
        subaccount: SubaccountInSupplierItemAccountDto | Unset
        if isinstance(_subaccount, Unset):
            subaccount = UNSET
        else:
            subaccount = SubaccountInSupplierItemAccountDto.from_dict(_subaccount)

        supplier_item_account_dto = cls(
            supplier_item_id=supplier_item_id,
            item_id=item_id,
            account_id=account_id,
            subaccount=subaccount,
        )

        supplier_item_account_dto.additional_properties = d
        return supplier_item_account_dto

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
