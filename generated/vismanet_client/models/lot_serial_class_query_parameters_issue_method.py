from typing import Literal, cast

LotSerialClassQueryParametersIssueMethod = Literal["Expiration", "FIFO", "LIFO", "Sequential", "UserEnterable"]

LOT_SERIAL_CLASS_QUERY_PARAMETERS_ISSUE_METHOD_VALUES: frozenset[LotSerialClassQueryParametersIssueMethod] = frozenset(
    {
        "Expiration",
        "FIFO",
        "LIFO",
        "Sequential",
        "UserEnterable",
    }
)


def check_lot_serial_class_query_parameters_issue_method(value: str) -> LotSerialClassQueryParametersIssueMethod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LOT_SERIAL_CLASS_QUERY_PARAMETERS_ISSUE_METHOD_VALUES.
    """
    return cast(LotSerialClassQueryParametersIssueMethod, value)
