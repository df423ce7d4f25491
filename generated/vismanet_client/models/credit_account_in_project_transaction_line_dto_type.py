from typing import Literal, cast

CreditAccountInProjectTransactionLineDtoType = Literal["Asset", "Expense", "Income", "Liability"]

CREDIT_ACCOUNT_IN_PROJECT_TRANSACTION_LINE_DTO_TYPE_VALUES: frozenset[CreditAccountInProjectTransactionLineDtoType] = (
    frozenset(
        {
            "Asset",
            "Expense",
            "Income",
            "Liability",
        }
    )
)


def check_credit_account_in_project_transaction_line_dto_type(
    value: str,
) -> CreditAccountInProjectTransactionLineDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CREDIT_ACCOUNT_IN_PROJECT_TRANSACTION_LINE_DTO_TYPE_VALUES.
    """
    return cast(CreditAccountInProjectTransactionLineDtoType, value)
