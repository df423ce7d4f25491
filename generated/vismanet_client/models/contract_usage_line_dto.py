from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class ContractUsageLineDto(GeneratedModel):
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

    transaction_number: int | Unset | None = UNSET
    billed: bool | Unset | None = UNSET
    branch: BranchInContractUsageLineDto | Unset | None = UNSET
    item: ItemInContractUsageLineDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    reference_nbr: str | Unset | None = UNSET
    billing_date: datetime.datetime | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.transaction_number
        if _value is not UNSET:
            field_dict["transactionNumber"] = _value
        _value = self.billed
        if _value is not UNSET:
            field_dict["billed"] = _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.item
        if _value is not UNSET:
            field_dict["item"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.reference_nbr
        if _value is not UNSET:
            field_dict["referenceNbr"] = _value
        _value = self.billing_date
        if _value is not UNSET:
            field_dict["billingDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ContractUsageLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.transaction_number = _rest.pop("transactionNumber", UNSET)
        self.billed = _rest.pop("billed", UNSET)
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInContractUsageLineDto._vn_fill(_new(_models.BranchInContractUsageLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("item", UNSET)
        self.item = (
            _models.ItemInContractUsageLineDto._vn_fill(_new(_models.ItemInContractUsageLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.description = _rest.pop("description", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        self.quantity = _rest.pop("quantity", UNSET)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        self.type_ = _rest.pop("type", UNSET)
        self.reference_nbr = _rest.pop("referenceNbr", UNSET)
        _value = _rest.pop("billingDate", UNSET)
        self.billing_date = _parse_datetime(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("transaction_number", "transactionNumber", False, "int"),
        ("billed", "billed", False, "bool"),
        ("branch", "branch", False, ("model", "BranchInContractUsageLineDto")),
        ("item", "item", False, ("model", "ItemInContractUsageLineDto")),
        ("description", "description", False, "str"),
        ("uom", "uom", False, "str"),
        ("quantity", "quantity", False, "float"),
        ("date", "date", False, "datetime"),
        ("type_", "type", False, "str"),
        ("reference_nbr", "referenceNbr", False, "str"),
        ("billing_date", "billingDate", False, "datetime"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
    )
    _vn_extra = None

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


_Lazy = _lazy_twin(ContractUsageLineDto)
