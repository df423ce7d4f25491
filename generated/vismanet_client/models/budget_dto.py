from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_in_budget_dto import AccountInBudgetDto
    from ..models.branch_number_in_budget_dto import BranchNumberInBudgetDto
    from ..models.financial_period_amount_dto import FinancialPeriodAmountDto
    from ..models.subaccount_in_budget_dto import SubaccountInBudgetDto


T = TypeVar("T", bound="BudgetDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "financial_year",
    "released",
    "released_amount",
    "account",
    "subaccount",
    "description",
    "amount",
    "distributed_amount",
    "periods",
    "last_modified_date_time",
    "branch_number",
)


@_attrs_define(repr=False)
class BudgetDto:
    """
    Attributes:
        financial_year (str | Unset): Mandatory field: The top part &gt; Financial year* &gt; The financial year of the
            budget.
        released (bool | Unset): The budget area &gt; The budget articles pane &gt; Released &gt; A check box that
            indicates (if selected) that the budget article has been released.
        released_amount (float | Unset): The budget area &gt; The budget articles pane &gt; Released amount &gt; The
            amount that has been released for this article.
        account (AccountInBudgetDto | Unset): Mandatory field: The budget area &gt; The budget articles pane &gt;
            Account* &gt; The account of the budget article if the article is a leaf on the budget tree.
        subaccount (SubaccountInBudgetDto | Unset): Mandatory field: The budget area &gt; The budget articles pane &gt;
            Subaccount* &gt; The subaccount of the budget article if the article is a leaf on the budget tree.
        description (str | Unset): Mandatory field: The budget area &gt; The budget articles pane &gt; Description* &gt;
            A description of the budget article.By default, this column displays the account description.
        amount (float | Unset): The budget area &gt; The budget articles pane &gt; Amount &gt; The article amount.
        distributed_amount (float | Unset): The budget area  The budget articles pane &gt; Distributed amount &gt; The
            amount distributed over the periods.
        periods (list[FinancialPeriodAmountDto] | Unset): The budget area The budget articles pane &gt; Period XX &gt;
            Amount per period within the financial year.
        last_modified_date_time (datetime.datetime | Unset): A system generated date/time not visible in the window.
        branch_number (BranchNumberInBudgetDto | Unset): The Top part &gt; Branch &gt; Click the magnifier
    """

    financial_year: str | Unset = UNSET
    released: bool | Unset = UNSET
    released_amount: float | Unset = UNSET
    account: AccountInBudgetDto | Unset = UNSET
    subaccount: SubaccountInBudgetDto | Unset = UNSET
    description: str | Unset = UNSET
    amount: float | Unset = UNSET
    distributed_amount: float | Unset = UNSET
    periods: list[FinancialPeriodAmountDto] | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    branch_number: BranchNumberInBudgetDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        financial_year = self.financial_year

        released = self.released

        released_amount = self.released_amount

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = self.subaccount.to_dict()

        description = self.description

        amount = self.amount

        distributed_amount = self.distributed_amount

        periods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.periods, Unset):
            periods = []
            for periods_item_data in self.periods:
                periods_item = periods_item_data.to_dict()
                periods.append(periods_item)

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if financial_year is not UNSET:
            field_dict["financialYear"] = financial_year
        if released is not UNSET:
            field_dict["released"] = released
        if released_amount is not UNSET:
            field_dict["releasedAmount"] = released_amount
        if account is not UNSET:
            field_dict["account"] = account
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if distributed_amount is not UNSET:
            field_dict["distributedAmount"] = distributed_amount
        if periods is not UNSET:
            field_dict["periods"] = periods
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.financial_year = _rest.pop("financialYear", UNSET)
        _instance.released = _rest.pop("released", UNSET)
        _instance.released_amount = _rest.pop("releasedAmount", UNSET)
        _value = _rest.pop("account", UNSET)
        _instance.account = UNSET if _value is UNSET else _models.AccountInBudgetDto.from_dict(_value)
        _value = _rest.pop("subaccount", UNSET)
        _instance.subaccount = UNSET if _value is UNSET else _models.SubaccountInBudgetDto.from_dict(_value)
        _instance.description = _rest.pop("description", UNSET)
        _instance.amount = _rest.pop("amount", UNSET)
        _instance.distributed_amount = _rest.pop("distributedAmount", UNSET)
        _value = _rest.pop("periods", UNSET)
        _instance.periods = (
            UNSET
            if _value is UNSET
            else [_models.FinancialPeriodAmountDto.from_dict(periods_item_data) for periods_item_data in _value]
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.BranchNumberInBudgetDto.from_dict(_value)
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
