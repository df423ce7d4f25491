from typing import Literal, cast

CashTransactionDtoStatus = Literal["Balanced", "Hold", "Pending", "Rejected", "Released"]

CASH_TRANSACTION_DTO_STATUS_VALUES: frozenset[CashTransactionDtoStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Pending",
        "Rejected",
        "Released",
    }
)


def check_cash_transaction_dto_status(value: str) -> CashTransactionDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CASH_TRANSACTION_DTO_STATUS_VALUES.
    """
    return cast(CashTransactionDtoStatus, value)
