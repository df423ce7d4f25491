from typing import Literal, cast

LandedCostUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

LANDED_COST_UPDATE_DTO_OPERATION_VALUES: frozenset[LandedCostUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_landed_cost_update_dto_operation(value: str) -> LandedCostUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LANDED_COST_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(LandedCostUpdateDtoOperation, value)
