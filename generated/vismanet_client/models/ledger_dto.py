from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.ledger_dto_balance_type import LedgerDtoBalanceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consol_branch_in_ledger_dto import ConsolBranchInLedgerDto


T = TypeVar("T", bound="LedgerDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "internal_id",
    "number",
    "description",
    "balance_type",
    "currency_id",
    "consolidation_source",
    "consol_branch",
    "branch_accounting",
    "last_modified_date_time",
    "post_inter_company",
)


@_attrs_define(repr=False)
class LedgerDto:
    """
    Attributes:
        internal_id (int | Unset):
        number (str | Unset): Mandatory field: The top part &gt; Ledger ID* &gt; An alphanumeric string of up to 10
            characters used to identify the ledger.
        description (str | Unset): The top part &gt; Description &gt; A detailed ledger description.
        balance_type (LedgerDtoBalanceType | Unset): The top part &gt; Balance type &gt; The type of balance in the
            ledger. Select one of the following predefined types: Actual, Budget, Reporting, Statistical.
        currency_id (str | Unset): Mandatory field: The top part &gt; Currency* &gt; The default currency of the ledger.
        consolidation_source (bool | Unset): The top part &gt; Consolidation source &gt; A check box that specifies, if
            selected, that the ledger should be used as a source ledger for consolidation.
        consol_branch (ConsolBranchInLedgerDto | Unset): The top part &gt; Consol. branch &gt;  The consolidation
            branch, which you create when a company has multiple branches that operate within a single legal entity and post
            transactions to the same ledger.
        branch_accounting (bool | Unset): The top part &gt; Branch accounting &gt; A check box that you select to
            indicate that the system should automatically generate inter-branch transactions for this ledger to balance
            transactions for all branches involved.
        last_modified_date_time (datetime.datetime | Unset): System generated information.
        post_inter_company (bool | Unset): Branch accounting &gt; True/False
    """

    internal_id: int | Unset = UNSET
    number: str | Unset = UNSET
    description: str | Unset = UNSET
    balance_type: LedgerDtoBalanceType | Unset = UNSET
    currency_id: str | Unset = UNSET
    consolidation_source: bool | Unset = UNSET
    consol_branch: ConsolBranchInLedgerDto | Unset = UNSET
    branch_accounting: bool | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    post_inter_company: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_id = self.internal_id

        number = self.number

        description = self.description

        balance_type: str | Unset = UNSET
        if not isinstance(self.balance_type, Unset):
            balance_type = self.balance_type

        currency_id = self.currency_id

        consolidation_source = self.consolidation_source

        consol_branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consol_branch, Unset):
            consol_branch = self.consol_branch.to_dict()

        branch_accounting = self.branch_accounting

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        post_inter_company = self.post_inter_company

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if number is not UNSET:
            field_dict["number"] = number
        if description is not UNSET:
            field_dict["description"] = description
        if balance_type is not UNSET:
            field_dict["balanceType"] = balance_type
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if consolidation_source is not UNSET:
            field_dict["consolidationSource"] = consolidation_source
        if consol_branch is not UNSET:
            field_dict["consolBranch"] = consol_branch
        if branch_accounting is not UNSET:
            field_dict["branchAccounting"] = branch_accounting
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if post_inter_company is not UNSET:
            field_dict["postInterCompany"] = post_inter_company

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.internal_id = _rest.pop("internalId", UNSET)
        _instance.number = _rest.pop("number", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.balance_type = _rest.pop("balanceType", UNSET)
        _instance.currency_id = _rest.pop("currencyId", UNSET)
        _instance.consolidation_source = _rest.pop("consolidationSource", UNSET)
        _value = _rest.pop("consolBranch", UNSET)
        _instance.consol_branch = UNSET if _value is UNSET else _models.ConsolBranchInLedgerDto.from_dict(_value)
        _instance.branch_accounting = _rest.pop("branchAccounting", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.post_inter_company = _rest.pop("postInterCompany", UNSET)
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
