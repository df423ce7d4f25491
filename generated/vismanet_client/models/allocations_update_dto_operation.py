from typing import Literal, cast

AllocationsUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

ALLOCATIONS_UPDATE_DTO_OPERATION_VALUES: frozenset[AllocationsUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_allocations_update_dto_operation(value: str) -> AllocationsUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ALLOCATIONS_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(AllocationsUpdateDtoOperation, value)
