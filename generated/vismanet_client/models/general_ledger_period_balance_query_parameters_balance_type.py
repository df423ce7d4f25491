from typing import Literal, cast

GeneralLedgerPeriodBalanceQueryParametersBalanceType = Literal["Actual", "Budget", "Report", "Statistical"]

GENERAL_LEDGER_PERIOD_BALANCE_QUERY_PARAMETERS_BALANCE_TYPE_VALUES: frozenset[
    GeneralLedgerPeriodBalanceQueryParametersBalanceType
] = frozenset(
    {
        "Actual",
        "Budget",
        "Report",
        "Statistical",
    }
)


def check_general_ledger_period_balance_query_parameters_balance_type(
    value: str,
) -> GeneralLedgerPeriodBalanceQueryParametersBalanceType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in GENERAL_LEDGER_PERIOD_BALANCE_QUERY_PARAMETERS_BALANCE_TYPE_VALUES.
    """
    return cast(GeneralLedgerPeriodBalanceQueryParametersBalanceType, value)
