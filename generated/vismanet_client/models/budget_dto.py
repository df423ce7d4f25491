from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_in_budget_dto import AccountInBudgetDto
    from ..models.branch_number_in_budget_dto import BranchNumberInBudgetDto
    from ..models.financial_period_amount_dto import FinancialPeriodAmountDto
    from ..models.subaccount_in_budget_dto import SubaccountInBudgetDto


T = TypeVar("T", bound="BudgetDto")


@_attrs_define
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
        from ..models.account_in_budget_dto import AccountInBudgetDto
        from ..models.branch_number_in_budget_dto import BranchNumberInBudgetDto
        from ..models.financial_period_amount_dto import FinancialPeriodAmountDto
        from ..models.subaccount_in_budget_dto import SubaccountInBudgetDto

        d = dict(src_dict)
        financial_year = d.pop("financialYear", UNSET)

        released = d.pop("released", UNSET)

        released_amount = d.pop("releasedAmount", UNSET)

        _account = d.pop("account", UNSET)
        account: AccountInBudgetDto | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = AccountInBudgetDto.from_dict(_account)

        _subaccount = d.pop("subaccount", UNSET)
        subaccount: SubaccountInBudgetDto | Unset
        if isinstance(_subaccount, Unset):
            subaccount = UNSET
        else:
            subaccount = SubaccountInBudgetDto.from_dict(_subaccount)

        description = d.pop("description", UNSET)

        amount = d.pop("amount", UNSET)

        distributed_amount = d.pop("distributedAmount", UNSET)

        _periods = d.pop("periods", UNSET)
        periods: list[FinancialPeriodAmountDto] | Unset = UNSET
        if _periods is not UNSET:
            periods = []
            for periods_item_data in _periods:
                periods_item = FinancialPeriodAmountDto.from_dict(periods_item_data)

                periods.append(periods_item)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: BranchNumberInBudgetDto | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = BranchNumberInBudgetDto.from_dict(_branch_number)

        budget_dto = cls(
            financial_year=financial_year,
            released=released,
            released_amount=released_amount,
            account=account,
            subaccount=subaccount,
            description=description,
            amount=amount,
            distributed_amount=distributed_amount,
            periods=periods,
            last_modified_date_time=last_modified_date_time,
            branch_number=branch_number,
        )

        budget_dto.additional_properties = d
        return budget_dto

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
