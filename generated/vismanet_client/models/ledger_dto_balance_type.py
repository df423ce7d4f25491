from typing import Literal, cast

LedgerDtoBalanceType = Literal["Actual", "Budget", "Report", "Statistical"]

LEDGER_DTO_BALANCE_TYPE_VALUES: frozenset[LedgerDtoBalanceType] = frozenset(
    {
        "Actual",
        "Budget",
        "Report",
        "Statistical",
    }
)


def check_ledger_dto_balance_type(value: str) -> LedgerDtoBalanceType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LEDGER_DTO_BALANCE_TYPE_VALUES.
    """
    return cast(LedgerDtoBalanceType, value)
