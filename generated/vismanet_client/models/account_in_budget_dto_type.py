from typing import Literal, cast

AccountInBudgetDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_BUDGET_DTO_TYPE_VALUES: frozenset[AccountInBudgetDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_budget_dto_type(value: str) -> AccountInBudgetDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_BUDGET_DTO_TYPE_VALUES.
    """
    return cast(AccountInBudgetDtoType, value)
