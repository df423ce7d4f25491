from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_in_contract_usage_line_dto import BranchInContractUsageLineDto
    from ..models.item_in_contract_usage_line_dto import ItemInContractUsageLineDto


T = TypeVar("T", bound="ContractUsageLineDto")


@_attrs_define
class ContractUsageLineDto:
    """
    Attributes:
        transaction_number (int | Unset):
        billed (bool | Unset): Information indicating that the contract is collected from the Transaction history tab
            and the contract is invoiced. Not indicated on screen CT303000.
        branch (BranchInContractUsageLineDto | Unset): Both tabs &gt; Branch &gt;
        item (ItemInContractUsageLineDto | Unset): Both tabs
        description (str | Unset): Both tabs &gt; Description &gt; A description of the non-stock item.
        uom (str | Unset): Both tabs &gt; UoM &gt; The unit of measure used for the item.
        quantity (float | Unset): Both tabs &gt; Quantity &gt; A number of units used for the item.
        date (datetime.datetime | Unset): Mandatory field: Both tabs &gt; Date* &gt; The date of the activity, case,
            applied labour, or other usage (for the item).
        type_ (str | Unset): Transaction history tab &gt; Type &gt; The type of the customer ledger document.
        reference_nbr (str | Unset): Transaction history tab &gt; Ref. no. &gt; The reference number of the
            document/invoice.
        billing_date (datetime.datetime | Unset): Transaction history tab &gt; Invoicing date &gt; The date when the
            invoice was issued.
        last_modified_date_time (datetime.datetime | Unset): A system generated date/time that indicates the last change
            for the document.
    """

    transaction_number: int | Unset = UNSET
    billed: bool | Unset = UNSET
    branch: BranchInContractUsageLineDto | Unset = UNSET
    item: ItemInContractUsageLineDto | Unset = UNSET
    description: str | Unset = UNSET
    uom: str | Unset = UNSET
    quantity: float | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    type_: str | Unset = UNSET
    reference_nbr: str | Unset = UNSET
    billing_date: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_number = self.transaction_number

        billed = self.billed

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        description = self.description

        uom = self.uom

        quantity = self.quantity

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        type_ = self.type_

        reference_nbr = self.reference_nbr

        billing_date: str | Unset = UNSET
        if not isinstance(self.billing_date, Unset):
            billing_date = self.billing_date.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_number is not UNSET:
            field_dict["transactionNumber"] = transaction_number
        if billed is not UNSET:
            field_dict["billed"] = billed
        if branch is not UNSET:
            field_dict["branch"] = branch
        if item is not UNSET:
            field_dict["item"] = item
        if description is not UNSET:
            field_dict["description"] = description
        if uom is not UNSET:
            field_dict["uom"] = uom
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if date is not UNSET:
            field_dict["date"] = date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reference_nbr is not UNSET:
            field_dict["referenceNbr"] = reference_nbr
        if billing_date is not UNSET:
            field_dict["billingDate"] = billing_date
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.branch_in_contract_usage_line_dto import BranchInContractUsageLineDto
        from ..models.item_in_contract_usage_line_dto import ItemInContractUsageLineDto

        d = dict(src_dict)
        transaction_number = d.pop("transactionNumber", UNSET)

        billed = d.pop("billed", UNSET)

        _branch = d.pop("branch", UNSET)
        branch: BranchInContractUsageLineDto | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = BranchInContractUsageLineDto.from_dict(_branch)

        _item = d.pop("item", UNSET)
        item: ItemInContractUsageLineDto | Unset
        if isinstance(_item, Unset):
            item = UNSET
        else:
            item = ItemInContractUsageLineDto.from_dict(_item)

        description = d.pop("description", UNSET)

        uom = d.pop("uom", UNSET)

        quantity = d.pop("quantity", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        type_ = d.pop("type", UNSET)

        reference_nbr = d.pop("referenceNbr", UNSET)

        _billing_date = d.pop("billingDate", UNSET)
        billing_date: datetime.datetime | Unset
        if isinstance(_billing_date, Unset):
            billing_date = UNSET
        else:
            billing_date = datetime.datetime.fromisoformat(_billing_date)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        contract_usage_line_dto = cls(
            transaction_number=transaction_number,
            billed=billed,
            branch=branch,
            item=item,
            description=description,
            uom=uom,
            quantity=quantity,
            date=date,
            type_=type_,
            reference_nbr=reference_nbr,
            billing_date=billing_date,
            last_modified_date_time=last_modified_date_time,
        )

        contract_usage_line_dto.additional_properties = d
        return contract_usage_line_dto

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
