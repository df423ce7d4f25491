from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount_in_supplier_item_account_dto import SubaccountInSupplierItemAccountDto


T = TypeVar("T", bound="SupplierItemAccountDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "supplier_item_id",
    "item_id",
    "account_id",
    "subaccount",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.supplier_item_id = _rest.pop("supplierItemId", UNSET)
        _instance.item_id = _rest.pop("itemId", UNSET)
        _instance.account_id = _rest.pop("accountID", UNSET)
        _value = _rest.pop("subaccount", UNSET)
        _instance.subaccount = (
            UNSET if _value is UNSET else _models.SubaccountInSupplierItemAccountDto.from_dict(_value)
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
