from typing import Literal, cast

SalesAccountInExpenseClaimDetailDtoType = Literal["Asset", "Expense", "Income", "Liability"]

SALES_ACCOUNT_IN_EXPENSE_CLAIM_DETAIL_DTO_TYPE_VALUES: frozenset[SalesAccountInExpenseClaimDetailDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_sales_account_in_expense_claim_detail_dto_type(value: str) -> SalesAccountInExpenseClaimDetailDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ACCOUNT_IN_EXPENSE_CLAIM_DETAIL_DTO_TYPE_VALUES.
    """
    return cast(SalesAccountInExpenseClaimDetailDtoType, value)
