from typing import Literal, cast

StocktakeGetAllStocktakesStatus = Literal["Entered", "NotEntered", "Skipped"]

STOCKTAKE_GET_ALL_STOCKTAKES_STATUS_VALUES: frozenset[StocktakeGetAllStocktakesStatus] = frozenset(
    {
        "Entered",
        "NotEntered",
        "Skipped",
    }
)


def check_stocktake_get_all_stocktakes_status(value: str) -> StocktakeGetAllStocktakesStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_GET_ALL_STOCKTAKES_STATUS_VALUES.
    """
    return cast(StocktakeGetAllStocktakesStatus, value)
