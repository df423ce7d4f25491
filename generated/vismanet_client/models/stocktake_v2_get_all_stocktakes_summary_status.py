from typing import Literal, cast

StocktakeV2GetAllStocktakesSummaryStatus = Literal["Cancelled", "Completed", "Counting", "Entering"]

STOCKTAKE_V2_GET_ALL_STOCKTAKES_SUMMARY_STATUS_VALUES: frozenset[StocktakeV2GetAllStocktakesSummaryStatus] = frozenset(
    {
        "Cancelled",
        "Completed",
        "Counting",
        "Entering",
    }
)


def check_stocktake_v2_get_all_stocktakes_summary_status(value: str) -> StocktakeV2GetAllStocktakesSummaryStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_V2_GET_ALL_STOCKTAKES_SUMMARY_STATUS_VALUES.
    """
    return cast(StocktakeV2GetAllStocktakesSummaryStatus, value)
