from typing import Literal, cast

LandedCostCodeDtoLandedCostType = Literal[
    "CustomDuties", "FreightAndMisOriginCharges", "MiscDestinationCharges", "Other", "VAT"
]

LANDED_COST_CODE_DTO_LANDED_COST_TYPE_VALUES: frozenset[LandedCostCodeDtoLandedCostType] = frozenset(
    {
        "CustomDuties",
        "FreightAndMisOriginCharges",
        "MiscDestinationCharges",
        "Other",
        "VAT",
    }
)


def check_landed_cost_code_dto_landed_cost_type(value: str) -> LandedCostCodeDtoLandedCostType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LANDED_COST_CODE_DTO_LANDED_COST_TYPE_VALUES.
    """
    return cast(LandedCostCodeDtoLandedCostType, value)
