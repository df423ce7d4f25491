from typing import Literal, cast

CustomerOverdueChargeLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

CUSTOMER_OVERDUE_CHARGE_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[CustomerOverdueChargeLineUpdateDtoOperation] = (
    frozenset(
        {
            "Delete",
            "Insert",
            "Update",
        }
    )
)


def check_customer_overdue_charge_line_update_dto_operation(value: str) -> CustomerOverdueChargeLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_OVERDUE_CHARGE_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(CustomerOverdueChargeLineUpdateDtoOperation, value)
