from typing import Literal, cast

ClaimedByInExpenseReceiptDtoStatus = Literal["Active", "HoldPayments", "Inactive", "OneTime", "OnHold"]

CLAIMED_BY_IN_EXPENSE_RECEIPT_DTO_STATUS_VALUES: frozenset[ClaimedByInExpenseReceiptDtoStatus] = frozenset(
    {
        "Active",
        "HoldPayments",
        "Inactive",
        "OneTime",
        "OnHold",
    }
)


def check_claimed_by_in_expense_receipt_dto_status(value: str) -> ClaimedByInExpenseReceiptDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CLAIMED_BY_IN_EXPENSE_RECEIPT_DTO_STATUS_VALUES.
    """
    return cast(ClaimedByInExpenseReceiptDtoStatus, value)
