from typing import Literal, cast

StocktakeLineV2DtoStatus = Literal["Entered", "NotEntered", "Skipped"]

STOCKTAKE_LINE_V2_DTO_STATUS_VALUES: frozenset[StocktakeLineV2DtoStatus] = frozenset(
    {
        "Entered",
        "NotEntered",
        "Skipped",
    }
)


def check_stocktake_line_v2_dto_status(value: str) -> StocktakeLineV2DtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_LINE_V2_DTO_STATUS_VALUES.
    """
    return cast(StocktakeLineV2DtoStatus, value)
