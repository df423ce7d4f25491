from typing import Literal, cast

AllocationsUpdateBasicDtoOperation = Literal["Delete", "Insert", "Update"]

ALLOCATIONS_UPDATE_BASIC_DTO_OPERATION_VALUES: frozenset[AllocationsUpdateBasicDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_allocations_update_basic_dto_operation(value: str) -> AllocationsUpdateBasicDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ALLOCATIONS_UPDATE_BASIC_DTO_OPERATION_VALUES.
    """
    return cast(AllocationsUpdateBasicDtoOperation, value)
