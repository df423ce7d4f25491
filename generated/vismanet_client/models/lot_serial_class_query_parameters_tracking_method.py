from typing import Literal, cast

LotSerialClassQueryParametersTrackingMethod = Literal["LotNumbered", "NotNumbered", "SerialNumbered"]

LOT_SERIAL_CLASS_QUERY_PARAMETERS_TRACKING_METHOD_VALUES: frozenset[LotSerialClassQueryParametersTrackingMethod] = (
    frozenset(
        {
            "LotNumbered",
            "NotNumbered",
            "SerialNumbered",
        }
    )
)


def check_lot_serial_class_query_parameters_tracking_method(value: str) -> LotSerialClassQueryParametersTrackingMethod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LOT_SERIAL_CLASS_QUERY_PARAMETERS_TRACKING_METHOD_VALUES.
    """
    return cast(LotSerialClassQueryParametersTrackingMethod, value)
