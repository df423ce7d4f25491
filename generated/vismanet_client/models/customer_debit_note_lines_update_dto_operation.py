from typing import Literal, cast

CustomerDebitNoteLinesUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

CUSTOMER_DEBIT_NOTE_LINES_UPDATE_DTO_OPERATION_VALUES: frozenset[CustomerDebitNoteLinesUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_customer_debit_note_lines_update_dto_operation(value: str) -> CustomerDebitNoteLinesUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DEBIT_NOTE_LINES_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(CustomerDebitNoteLinesUpdateDtoOperation, value)
