from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.financial_period_amount_update_dto import FinancialPeriodAmountUpdateDto
    from ..models.segment_update_dto import SegmentUpdateDto


T = TypeVar("T", bound="BudgetUpdateDto")


@_attrs_define
class BudgetUpdateDto:
    """
    Attributes:
        ledger (DtoValueOfString | Unset):
        financial_year (DtoValueOfString | Unset):
        account (DtoValueOfString | Unset):
        subaccount (list[SegmentUpdateDto] | Unset):
        description (DtoValueOfString | Unset):
        amount (DtoValueOfDecimal | Unset):
        branch_number (DtoValueOfString | Unset):
        periods (list[FinancialPeriodAmountUpdateDto] | Unset):
    """

    ledger: DtoValueOfString | Unset = UNSET
    financial_year: DtoValueOfString | Unset = UNSET
    account: DtoValueOfString | Unset = UNSET
    subaccount: list[SegmentUpdateDto] | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    amount: DtoValueOfDecimal | Unset = UNSET
    branch_number: DtoValueOfString | Unset = UNSET
    periods: list[FinancialPeriodAmountUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ledger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ledger, Unset):
            ledger = self.ledger.to_dict()

        financial_year: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_year, Unset):
            financial_year = self.financial_year.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = []
            for subaccount_item_data in self.subaccount:
                subaccount_item = subaccount_item_data.to_dict()
                subaccount.append(subaccount_item)

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        periods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.periods, Unset):
            periods = []
            for periods_item_data in self.periods:
                periods_item = periods_item_data.to_dict()
                periods.append(periods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ledger is not UNSET:
            field_dict["ledger"] = ledger
        if financial_year is not UNSET:
            field_dict["financialYear"] = financial_year
        if account is not UNSET:
            field_dict["account"] = account
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if periods is not UNSET:
            field_dict["periods"] = periods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.financial_period_amount_update_dto import FinancialPeriodAmountUpdateDto
        from ..models.segment_update_dto import SegmentUpdateDto

        d = dict(src_dict)
        _ledger = d.pop("ledger", UNSET)
        ledger: DtoValueOfString | Unset
        if isinstance(_ledger, Unset):
            ledger = UNSET
        else:
            ledger = DtoValueOfString.from_dict(_ledger)

        _financial_year = d.pop("financialYear", UNSET)
        financial_year: DtoValueOfString | Unset
        if isinstance(_financial_year, Unset):
            financial_year = UNSET
        else:
            financial_year = DtoValueOfString.from_dict(_financial_year)

        _account = d.pop("account", UNSET)
        account: DtoValueOfString | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = DtoValueOfString.from_dict(_account)

        _subaccount = d.pop("subaccount", UNSET)
        subaccount: list[SegmentUpdateDto] | Unset = UNSET
        if _subaccount is not UNSET:
            subaccount = []
            for subaccount_item_data in _subaccount:
                subaccount_item = SegmentUpdateDto.from_dict(subaccount_item_data)

                subaccount.append(subaccount_item)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _amount = d.pop("amount", UNSET)
        amount: DtoValueOfDecimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = DtoValueOfDecimal.from_dict(_amount)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: DtoValueOfString | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = DtoValueOfString.from_dict(_branch_number)

        _periods = d.pop("periods", UNSET)
        periods: list[FinancialPeriodAmountUpdateDto] | Unset = UNSET
        if _periods is not UNSET:
            periods = []
            for periods_item_data in _periods:
                periods_item = FinancialPeriodAmountUpdateDto.from_dict(periods_item_data)

                periods.append(periods_item)

        budget_update_dto = cls(
            ledger=ledger,
            financial_year=financial_year,
            account=account,
            subaccount=subaccount,
            description=description,
            amount=amount,
            branch_number=branch_number,
            periods=periods,
        )

        budget_update_dto.additional_properties = d
        return budget_update_dto

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
