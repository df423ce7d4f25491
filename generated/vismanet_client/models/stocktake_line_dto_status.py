from typing import Literal, cast

StocktakeLineDtoStatus = Literal["Entered", "NotEntered", "Skipped"]

STOCKTAKE_LINE_DTO_STATUS_VALUES: frozenset[StocktakeLineDtoStatus] = frozenset(
    {
        "Entered",
        "NotEntered",
        "Skipped",
    }
)


def check_stocktake_line_dto_status(value: str) -> StocktakeLineDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_LINE_DTO_STATUS_VALUES.
    """
    return cast(StocktakeLineDtoStatus, value)
