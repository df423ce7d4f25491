from typing import Literal, cast

StocktakeV2GetAllStocktakesStatus = Literal["Entered", "NotEntered", "Skipped"]

STOCKTAKE_V2_GET_ALL_STOCKTAKES_STATUS_VALUES: frozenset[StocktakeV2GetAllStocktakesStatus] = frozenset(
    {
        "Entered",
        "NotEntered",
        "Skipped",
    }
)


def check_stocktake_v2_get_all_stocktakes_status(value: str) -> StocktakeV2GetAllStocktakesStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_V2_GET_ALL_STOCKTAKES_STATUS_VALUES.
    """
    return cast(StocktakeV2GetAllStocktakesStatus, value)
