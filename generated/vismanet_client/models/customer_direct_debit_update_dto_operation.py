from typing import Literal, cast

CustomerDirectDebitUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

CUSTOMER_DIRECT_DEBIT_UPDATE_DTO_OPERATION_VALUES: frozenset[CustomerDirectDebitUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_customer_direct_debit_update_dto_operation(value: str) -> CustomerDirectDebitUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DIRECT_DEBIT_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(CustomerDirectDebitUpdateDtoOperation, value)
