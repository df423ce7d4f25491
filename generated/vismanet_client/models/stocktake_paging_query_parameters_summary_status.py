from typing import Literal, cast

StocktakePagingQueryParametersSummaryStatus = Literal["Cancelled", "Completed", "Counting", "Entering"]

STOCKTAKE_PAGING_QUERY_PARAMETERS_SUMMARY_STATUS_VALUES: frozenset[StocktakePagingQueryParametersSummaryStatus] = (
    frozenset(
        {
            "Cancelled",
            "Completed",
            "Counting",
            "Entering",
        }
    )
)


def check_stocktake_paging_query_parameters_summary_status(value: str) -> StocktakePagingQueryParametersSummaryStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_PAGING_QUERY_PARAMETERS_SUMMARY_STATUS_VALUES.
    """
    return cast(StocktakePagingQueryParametersSummaryStatus, value)
