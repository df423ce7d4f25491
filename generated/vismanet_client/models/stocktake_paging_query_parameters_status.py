from typing import Literal, cast

StocktakePagingQueryParametersStatus = Literal["Entered", "NotEntered", "Skipped"]

STOCKTAKE_PAGING_QUERY_PARAMETERS_STATUS_VALUES: frozenset[StocktakePagingQueryParametersStatus] = frozenset(
    {
        "Entered",
        "NotEntered",
        "Skipped",
    }
)


def check_stocktake_paging_query_parameters_status(value: str) -> StocktakePagingQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_PAGING_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(StocktakePagingQueryParametersStatus, value)
