from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ledger_dto_balance_type import LedgerDtoBalanceType, check_ledger_dto_balance_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consol_branch_in_ledger_dto import ConsolBranchInLedgerDto


T = TypeVar("T", bound="LedgerDto")


@_attrs_define
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
        from ..models.consol_branch_in_ledger_dto import ConsolBranchInLedgerDto

        d = dict(src_dict)
        internal_id = d.pop("internalId", UNSET)

        number = d.pop("number", UNSET)

        description = d.pop("description", UNSET)

        _balance_type = d.pop("balanceType", UNSET)
        balance_type: LedgerDtoBalanceType | Unset
        if isinstance(_balance_type, Unset):
            balance_type = UNSET
        else:
            balance_type = check_ledger_dto_balance_type(_balance_type)

        currency_id = d.pop("currencyId", UNSET)

        consolidation_source = d.pop("consolidationSource", UNSET)

        _consol_branch = d.pop("consolBranch", UNSET)
        consol_branch: ConsolBranchInLedgerDto | Unset
        if isinstance(_consol_branch, Unset):
            consol_branch = UNSET
        else:
            consol_branch = ConsolBranchInLedgerDto.from_dict(_consol_branch)

        branch_accounting = d.pop("branchAccounting", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        post_inter_company = d.pop("postInterCompany", UNSET)

        ledger_dto = cls(
            internal_id=internal_id,
            number=number,
            description=description,
            balance_type=balance_type,
            currency_id=currency_id,
            consolidation_source=consolidation_source,
            consol_branch=consol_branch,
            branch_accounting=branch_accounting,
            last_modified_date_time=last_modified_date_time,
            post_inter_company=post_inter_company,
        )

        ledger_dto.additional_properties = d
        return ledger_dto

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
