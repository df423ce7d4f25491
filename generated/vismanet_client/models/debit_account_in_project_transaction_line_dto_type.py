from typing import Literal, cast

DebitAccountInProjectTransactionLineDtoType = Literal["Asset", "Expense", "Income", "Liability"]

DEBIT_ACCOUNT_IN_PROJECT_TRANSACTION_LINE_DTO_TYPE_VALUES: frozenset[DebitAccountInProjectTransactionLineDtoType] = (
    frozenset(
        {
            "Asset",
            "Expense",
            "Income",
            "Liability",
        }
    )
)


def check_debit_account_in_project_transaction_line_dto_type(value: str) -> DebitAccountInProjectTransactionLineDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DEBIT_ACCOUNT_IN_PROJECT_TRANSACTION_LINE_DTO_TYPE_VALUES.
    """
    return cast(DebitAccountInProjectTransactionLineDtoType, value)
