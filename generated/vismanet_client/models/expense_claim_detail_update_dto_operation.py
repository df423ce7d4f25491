from typing import Literal, cast

ExpenseClaimDetailUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

EXPENSE_CLAIM_DETAIL_UPDATE_DTO_OPERATION_VALUES: frozenset[ExpenseClaimDetailUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_expense_claim_detail_update_dto_operation(value: str) -> ExpenseClaimDetailUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EXPENSE_CLAIM_DETAIL_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(ExpenseClaimDetailUpdateDtoOperation, value)
