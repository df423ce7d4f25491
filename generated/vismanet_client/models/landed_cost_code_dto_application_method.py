from typing import Literal, cast

LandedCostCodeDtoApplicationMethod = Literal["FromAP", "FromBoth", "FromPO"]

LANDED_COST_CODE_DTO_APPLICATION_METHOD_VALUES: frozenset[LandedCostCodeDtoApplicationMethod] = frozenset(
    {
        "FromAP",
        "FromBoth",
        "FromPO",
    }
)


def check_landed_cost_code_dto_application_method(value: str) -> LandedCostCodeDtoApplicationMethod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LANDED_COST_CODE_DTO_APPLICATION_METHOD_VALUES.
    """
    return cast(LandedCostCodeDtoApplicationMethod, value)
