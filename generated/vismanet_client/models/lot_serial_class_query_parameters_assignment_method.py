from typing import Literal, cast

LotSerialClassQueryParametersAssignmentMethod = Literal["WhenReceived", "WhenUsed"]

LOT_SERIAL_CLASS_QUERY_PARAMETERS_ASSIGNMENT_METHOD_VALUES: frozenset[LotSerialClassQueryParametersAssignmentMethod] = (
    frozenset(
        {
            "WhenReceived",
            "WhenUsed",
        }
    )
)


def check_lot_serial_class_query_parameters_assignment_method(
    value: str,
) -> LotSerialClassQueryParametersAssignmentMethod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LOT_SERIAL_CLASS_QUERY_PARAMETERS_ASSIGNMENT_METHOD_VALUES.
    """
    return cast(LotSerialClassQueryParametersAssignmentMethod, value)
