from typing import Literal, cast

ExpenseAccountInExpenseClaimDetailDtoType = Literal["Asset", "Expense", "Income", "Liability"]

EXPENSE_ACCOUNT_IN_EXPENSE_CLAIM_DETAIL_DTO_TYPE_VALUES: frozenset[ExpenseAccountInExpenseClaimDetailDtoType] = (
    frozenset(
        {
            "Asset",
            "Expense",
            "Income",
            "Liability",
        }
    )
)


def check_expense_account_in_expense_claim_detail_dto_type(value: str) -> ExpenseAccountInExpenseClaimDetailDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EXPENSE_ACCOUNT_IN_EXPENSE_CLAIM_DETAIL_DTO_TYPE_VALUES.
    """
    return cast(ExpenseAccountInExpenseClaimDetailDtoType, value)
