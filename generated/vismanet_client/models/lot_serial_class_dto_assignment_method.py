from typing import Literal, cast

LotSerialClassDtoAssignmentMethod = Literal["WhenReceived", "WhenUsed"]

LOT_SERIAL_CLASS_DTO_ASSIGNMENT_METHOD_VALUES: frozenset[LotSerialClassDtoAssignmentMethod] = frozenset(
    {
        "WhenReceived",
        "WhenUsed",
    }
)


def check_lot_serial_class_dto_assignment_method(value: str) -> LotSerialClassDtoAssignmentMethod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LOT_SERIAL_CLASS_DTO_ASSIGNMENT_METHOD_VALUES.
    """
    return cast(LotSerialClassDtoAssignmentMethod, value)
