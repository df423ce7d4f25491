from typing import Literal, cast

LotSerialClassDtoIssueMethod = Literal["Expiration", "FIFO", "LIFO", "Sequential", "UserEnterable"]

LOT_SERIAL_CLASS_DTO_ISSUE_METHOD_VALUES: frozenset[LotSerialClassDtoIssueMethod] = frozenset(
    {
        "Expiration",
        "FIFO",
        "LIFO",
        "Sequential",
        "UserEnterable",
    }
)


def check_lot_serial_class_dto_issue_method(value: str) -> LotSerialClassDtoIssueMethod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LOT_SERIAL_CLASS_DTO_ISSUE_METHOD_VALUES.
    """
    return cast(LotSerialClassDtoIssueMethod, value)
