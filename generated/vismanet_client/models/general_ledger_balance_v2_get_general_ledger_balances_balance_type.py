from typing import Literal, cast

GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType = Literal["Actual", "Budget", "Report", "Statistical"]

GENERAL_LEDGER_BALANCE_V2_GET_GENERAL_LEDGER_BALANCES_BALANCE_TYPE_VALUES: frozenset[
    GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType
] = frozenset(
    {
        "Actual",
        "Budget",
        "Report",
        "Statistical",
    }
)


def check_general_ledger_balance_v2_get_general_ledger_balances_balance_type(
    value: str,
) -> GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in GENERAL_LEDGER_BALANCE_V2_GET_GENERAL_LEDGER_BALANCES_BALANCE_TYPE_VALUES.
    """
    return cast(GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType, value)
