from typing import Literal, cast

StocktakeV2DtoSummaryStatus = Literal["Cancelled", "Completed", "Counting", "Entering"]

STOCKTAKE_V2_DTO_SUMMARY_STATUS_VALUES: frozenset[StocktakeV2DtoSummaryStatus] = frozenset(
    {
        "Cancelled",
        "Completed",
        "Counting",
        "Entering",
    }
)


def check_stocktake_v2_dto_summary_status(value: str) -> StocktakeV2DtoSummaryStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_V2_DTO_SUMMARY_STATUS_VALUES.
    """
    return cast(StocktakeV2DtoSummaryStatus, value)
