from typing import Literal, cast

PaymentLinesUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

PAYMENT_LINES_UPDATE_DTO_OPERATION_VALUES: frozenset[PaymentLinesUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_payment_lines_update_dto_operation(value: str) -> PaymentLinesUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PAYMENT_LINES_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(PaymentLinesUpdateDtoOperation, value)
