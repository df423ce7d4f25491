from typing import Literal, cast

CashSaleDtoStatus = Literal[
    "Balanced",
    "CcHold",
    "Closed",
    "CreditHold",
    "Hold",
    "Open",
    "PendingEmail",
    "PendingPrint",
    "Reserved",
    "Scheduled",
    "Voided",
]

CASH_SALE_DTO_STATUS_VALUES: frozenset[CashSaleDtoStatus] = frozenset(
    {
        "Balanced",
        "CcHold",
        "Closed",
        "CreditHold",
        "Hold",
        "Open",
        "PendingEmail",
        "PendingPrint",
        "Reserved",
        "Scheduled",
        "Voided",
    }
)


def check_cash_sale_dto_status(value: str) -> CashSaleDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CASH_SALE_DTO_STATUS_VALUES.
    """
    return cast(CashSaleDtoStatus, value)
