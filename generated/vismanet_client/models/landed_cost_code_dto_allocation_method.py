from typing import Literal, cast

LandedCostCodeDtoAllocationMethod = Literal["ByCost", "ByQuantity", "ByVolume", "ByWeight", "None"]

LANDED_COST_CODE_DTO_ALLOCATION_METHOD_VALUES: frozenset[LandedCostCodeDtoAllocationMethod] = frozenset(
    {
        "ByCost",
        "ByQuantity",
        "ByVolume",
        "ByWeight",
        "None",
    }
)


def check_landed_cost_code_dto_allocation_method(value: str) -> LandedCostCodeDtoAllocationMethod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LANDED_COST_CODE_DTO_ALLOCATION_METHOD_VALUES.
    """
    return cast(LandedCostCodeDtoAllocationMethod, value)
