from typing import Literal, cast

PaymentOrdersLinesUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

PAYMENT_ORDERS_LINES_UPDATE_DTO_OPERATION_VALUES: frozenset[PaymentOrdersLinesUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_payment_orders_lines_update_dto_operation(value: str) -> PaymentOrdersLinesUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PAYMENT_ORDERS_LINES_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(PaymentOrdersLinesUpdateDtoOperation, value)
