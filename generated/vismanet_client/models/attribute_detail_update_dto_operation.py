from typing import Literal, cast

AttributeDetailUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

ATTRIBUTE_DETAIL_UPDATE_DTO_OPERATION_VALUES: frozenset[AttributeDetailUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_attribute_detail_update_dto_operation(value: str) -> AttributeDetailUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ATTRIBUTE_DETAIL_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(AttributeDetailUpdateDtoOperation, value)
