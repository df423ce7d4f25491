from typing import Literal, cast

DiscountDetailUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

DISCOUNT_DETAIL_UPDATE_DTO_OPERATION_VALUES: frozenset[DiscountDetailUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_discount_detail_update_dto_operation(value: str) -> DiscountDetailUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DISCOUNT_DETAIL_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(DiscountDetailUpdateDtoOperation, value)
