from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_in_contract_usage_line_dto import BranchInContractUsageLineDto
    from ..models.item_in_contract_usage_line_dto import ItemInContractUsageLineDto


T = TypeVar("T", bound="ContractUsageLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "transaction_number",
    "billed",
    "branch",
    "item",
    "description",
    "uom",
    "quantity",
    "date",
    "type_",
    "reference_nbr",
    "billing_date",
    "last_modified_date_time",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.transaction_number = _rest.pop("transactionNumber", UNSET)
        _instance.billed = _rest.pop("billed", UNSET)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInContractUsageLineDto.from_dict(_value)
        _value = _rest.pop("item", UNSET)
        _instance.item = UNSET if _value is UNSET else _models.ItemInContractUsageLineDto.from_dict(_value)
        _instance.description = _rest.pop("description", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.reference_nbr = _rest.pop("referenceNbr", UNSET)
        _value = _rest.pop("billingDate", UNSET)
        _instance.billing_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
