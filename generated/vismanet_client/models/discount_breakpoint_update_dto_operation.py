from typing import Literal, cast

DiscountBreakpointUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

DISCOUNT_BREAKPOINT_UPDATE_DTO_OPERATION_VALUES: frozenset[DiscountBreakpointUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_discount_breakpoint_update_dto_operation(value: str) -> DiscountBreakpointUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DISCOUNT_BREAKPOINT_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(DiscountBreakpointUpdateDtoOperation, value)
