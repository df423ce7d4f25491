from typing import Literal, cast

UnitOfMeasureDtoUnitMultDiv = Literal["Divide", "Multiply"]

UNIT_OF_MEASURE_DTO_UNIT_MULT_DIV_VALUES: frozenset[UnitOfMeasureDtoUnitMultDiv] = frozenset(
    {
        "Divide",
        "Multiply",
    }
)


def check_unit_of_measure_dto_unit_mult_div(value: str) -> UnitOfMeasureDtoUnitMultDiv:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in UNIT_OF_MEASURE_DTO_UNIT_MULT_DIV_VALUES.
    """
    return cast(UnitOfMeasureDtoUnitMultDiv, value)
