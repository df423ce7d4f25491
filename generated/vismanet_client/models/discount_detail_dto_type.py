from typing import Literal, cast

DiscountDetailDtoType = Literal["Document", "Flat", "Group", "Line"]

DISCOUNT_DETAIL_DTO_TYPE_VALUES: frozenset[DiscountDetailDtoType] = frozenset(
    {
        "Document",
        "Flat",
        "Group",
        "Line",
    }
)


def check_discount_detail_dto_type(value: str) -> DiscountDetailDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DISCOUNT_DETAIL_DTO_TYPE_VALUES.
    """
    return cast(DiscountDetailDtoType, value)
