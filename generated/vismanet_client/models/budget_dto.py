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
class BudgetDto(GeneratedModel):
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

    financial_year: str | Unset | None = UNSET
    released: bool | Unset | None = UNSET
    released_amount: float | Unset | None = UNSET
    account: AccountInBudgetDto | Unset | None = UNSET
    subaccount: SubaccountInBudgetDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    amount: float | Unset | None = UNSET
    distributed_amount: float | Unset | None = UNSET
    periods: list[FinancialPeriodAmountDto] | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    branch_number: BranchNumberInBudgetDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.financial_year
        if _value is not UNSET:
            field_dict["financialYear"] = _value
        _value = self.released
        if _value is not UNSET:
            field_dict["released"] = _value
        _value = self.released_amount
        if _value is not UNSET:
            field_dict["releasedAmount"] = _value
        _value = self.account
        if _value is not UNSET:
            field_dict["account"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.subaccount
        if _value is not UNSET:
            field_dict["subaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value
        _value = self.distributed_amount
        if _value is not UNSET:
            field_dict["distributedAmount"] = _value
        _value = self.periods
        if _value is not UNSET:
            field_dict["periods"] = (
                [
                    periods_item_data.to_dict() if isinstance(periods_item_data, GeneratedModel) else periods_item_data
                    for periods_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not BudgetDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.financial_year = _rest.pop("financialYear", UNSET)
        self.released = _rest.pop("released", UNSET)
        self.released_amount = _rest.pop("releasedAmount", UNSET)
        _value = _rest.pop("account", UNSET)
        self.account = (
            _models.AccountInBudgetDto._vn_fill(_new(_models.AccountInBudgetDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("subaccount", UNSET)
        self.subaccount = (
            _models.SubaccountInBudgetDto._vn_fill(_new(_models.SubaccountInBudgetDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.description = _rest.pop("description", UNSET)
        self.amount = _rest.pop("amount", UNSET)
        self.distributed_amount = _rest.pop("distributedAmount", UNSET)
        _value = _rest.pop("periods", UNSET)
        self.periods = (
            [
                _models.FinancialPeriodAmountDto._vn_fill(_new(_models.FinancialPeriodAmountDto), periods_item_data)
                if isinstance(periods_item_data, dict)
                else periods_item_data
                for periods_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberInBudgetDto._vn_fill(_new(_models.BranchNumberInBudgetDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("financial_year", "financialYear", False, "str"),
        ("released", "released", False, "bool"),
        ("released_amount", "releasedAmount", False, "float"),
        ("account", "account", False, ("model", "AccountInBudgetDto")),
        ("subaccount", "subaccount", False, ("model", "SubaccountInBudgetDto")),
        ("description", "description", False, "str"),
        ("amount", "amount", False, "float"),
        ("distributed_amount", "distributedAmount", False, "float"),
        ("periods", "periods", False, ("list", ("model", "FinancialPeriodAmountDto"))),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInBudgetDto")),
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


_Lazy = _lazy_twin(BudgetDto)
