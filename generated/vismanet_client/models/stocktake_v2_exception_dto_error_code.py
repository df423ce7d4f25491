from typing import Literal, cast

StocktakeV2ExceptionDtoErrorCode = Literal[
    "CombinationAlreadyInUse",
    "CombinationNotAllowed",
    "InventoryIDNotFound",
    "ItemIsNotStockItem",
    "LocationIDNotFound",
    "LotSerialNumberAlreadyInUse",
    "NotDefined",
    "ReasonCodeNotFound",
]

STOCKTAKE_V2_EXCEPTION_DTO_ERROR_CODE_VALUES: frozenset[StocktakeV2ExceptionDtoErrorCode] = frozenset(
    {
        "CombinationAlreadyInUse",
        "CombinationNotAllowed",
        "InventoryIDNotFound",
        "ItemIsNotStockItem",
        "LocationIDNotFound",
        "LotSerialNumberAlreadyInUse",
        "NotDefined",
        "ReasonCodeNotFound",
    }
)


def check_stocktake_v2_exception_dto_error_code(value: str) -> StocktakeV2ExceptionDtoErrorCode:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in STOCKTAKE_V2_EXCEPTION_DTO_ERROR_CODE_VALUES.
    """
    return cast(StocktakeV2ExceptionDtoErrorCode, value)
