from typing import Literal, cast

StocktakeDtoSummaryStatus = Literal["Cancelled", "Completed", "Counting", "Entering"]

STOCKTAKE_DTO_SUMMARY_STATUS_VALUES: frozenset[StocktakeDtoSummaryStatus] = frozenset(
    {
        "Cancelled",
        "Completed",
        "Counting",
        "Entering",
    }
)


def check_stocktake_dto_summary_status(value: str) -> StocktakeDtoSummaryStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_DTO_SUMMARY_STATUS_VALUES.
    """
    return cast(StocktakeDtoSummaryStatus, value)
