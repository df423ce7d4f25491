from typing import Literal, cast

LotSerialClassDtoTrackingMethod = Literal["LotNumbered", "NotNumbered", "SerialNumbered"]

LOT_SERIAL_CLASS_DTO_TRACKING_METHOD_VALUES: frozenset[LotSerialClassDtoTrackingMethod] = frozenset(
    {
        "LotNumbered",
        "NotNumbered",
        "SerialNumbered",
    }
)


def check_lot_serial_class_dto_tracking_method(value: str) -> LotSerialClassDtoTrackingMethod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LOT_SERIAL_CLASS_DTO_TRACKING_METHOD_VALUES.
    """
    return cast(LotSerialClassDtoTrackingMethod, value)
