from typing import Literal, cast

StocktakeGetAllStocktakesSummaryStatus = Literal["Cancelled", "Completed", "Counting", "Entering"]

STOCKTAKE_GET_ALL_STOCKTAKES_SUMMARY_STATUS_VALUES: frozenset[StocktakeGetAllStocktakesSummaryStatus] = frozenset(
    {
        "Cancelled",
        "Completed",
        "Counting",
        "Entering",
    }
)


def check_stocktake_get_all_stocktakes_summary_status(value: str) -> StocktakeGetAllStocktakesSummaryStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_GET_ALL_STOCKTAKES_SUMMARY_STATUS_VALUES.
    """
    return cast(StocktakeGetAllStocktakesSummaryStatus, value)
