from typing import Literal, cast

StocktakeLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

STOCKTAKE_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[StocktakeLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_stocktake_line_update_dto_operation(value: str) -> StocktakeLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(StocktakeLineUpdateDtoOperation, value)
