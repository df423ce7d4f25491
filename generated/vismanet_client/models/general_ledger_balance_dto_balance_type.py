from typing import Literal, cast

GeneralLedgerBalanceDtoBalanceType = Literal["Actual", "Budget", "Report", "Statistical"]

GENERAL_LEDGER_BALANCE_DTO_BALANCE_TYPE_VALUES: frozenset[GeneralLedgerBalanceDtoBalanceType] = frozenset(
    {
        "Actual",
        "Budget",
        "Report",
        "Statistical",
    }
)


def check_general_ledger_balance_dto_balance_type(value: str) -> GeneralLedgerBalanceDtoBalanceType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in GENERAL_LEDGER_BALANCE_DTO_BALANCE_TYPE_VALUES.
    """
    return cast(GeneralLedgerBalanceDtoBalanceType, value)
