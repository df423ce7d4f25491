from typing import Literal, cast

StocktakeQueryParametersStatus = Literal["Entered", "NotEntered", "Skipped"]

STOCKTAKE_QUERY_PARAMETERS_STATUS_VALUES: frozenset[StocktakeQueryParametersStatus] = frozenset(
    {
        "Entered",
        "NotEntered",
        "Skipped",
    }
)


def check_stocktake_query_parameters_status(value: str) -> StocktakeQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(StocktakeQueryParametersStatus, value)
