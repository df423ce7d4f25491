from typing import Literal, cast

PaymentLineBaseUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

PAYMENT_LINE_BASE_UPDATE_DTO_OPERATION_VALUES: frozenset[PaymentLineBaseUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_payment_line_base_update_dto_operation(value: str) -> PaymentLineBaseUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PAYMENT_LINE_BASE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(PaymentLineBaseUpdateDtoOperation, value)
