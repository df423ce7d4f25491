from typing import Literal, cast

CustomerCreditNoteLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

CUSTOMER_CREDIT_NOTE_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[CustomerCreditNoteLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_customer_credit_note_line_update_dto_operation(value: str) -> CustomerCreditNoteLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CREDIT_NOTE_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(CustomerCreditNoteLineUpdateDtoOperation, value)
