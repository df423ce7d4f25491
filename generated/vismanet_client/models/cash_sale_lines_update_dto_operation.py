from typing import Literal, cast

CashSaleLinesUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

CASH_SALE_LINES_UPDATE_DTO_OPERATION_VALUES: frozenset[CashSaleLinesUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_cash_sale_lines_update_dto_operation(value: str) -> CashSaleLinesUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CASH_SALE_LINES_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(CashSaleLinesUpdateDtoOperation, value)
