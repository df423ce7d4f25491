from typing import Literal, cast

StocktakeQueryParametersSummaryStatus = Literal["Cancelled", "Completed", "Counting", "Entering"]

STOCKTAKE_QUERY_PARAMETERS_SUMMARY_STATUS_VALUES: frozenset[StocktakeQueryParametersSummaryStatus] = frozenset(
    {
        "Cancelled",
        "Completed",
        "Counting",
        "Entering",
    }
)


def check_stocktake_query_parameters_summary_status(value: str) -> StocktakeQueryParametersSummaryStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_QUERY_PARAMETERS_SUMMARY_STATUS_VALUES.
    """
    return cast(StocktakeQueryParametersSummaryStatus, value)
