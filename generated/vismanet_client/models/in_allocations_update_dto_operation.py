from typing import Literal, cast

INAllocationsUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

IN_ALLOCATIONS_UPDATE_DTO_OPERATION_VALUES: frozenset[INAllocationsUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_in_allocations_update_dto_operation(value: str) -> INAllocationsUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in IN_ALLOCATIONS_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(INAllocationsUpdateDtoOperation, value)
