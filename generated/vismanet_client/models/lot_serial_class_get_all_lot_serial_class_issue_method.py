from typing import Literal, cast

LotSerialClassGetAllLotSerialClassIssueMethod = Literal["Expiration", "FIFO", "LIFO", "Sequential", "UserEnterable"]

LOT_SERIAL_CLASS_GET_ALL_LOT_SERIAL_CLASS_ISSUE_METHOD_VALUES: frozenset[
    LotSerialClassGetAllLotSerialClassIssueMethod
] = frozenset(
    {
        "Expiration",
        "FIFO",
        "LIFO",
        "Sequential",
        "UserEnterable",
    }
)


def check_lot_serial_class_get_all_lot_serial_class_issue_method(
    value: str,
) -> LotSerialClassGetAllLotSerialClassIssueMethod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LOT_SERIAL_CLASS_GET_ALL_LOT_SERIAL_CLASS_ISSUE_METHOD_VALUES.
    """
    return cast(LotSerialClassGetAllLotSerialClassIssueMethod, value)
