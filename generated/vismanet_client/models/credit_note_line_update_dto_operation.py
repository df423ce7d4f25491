from typing import Literal, cast

CreditNoteLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

CREDIT_NOTE_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[CreditNoteLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_credit_note_line_update_dto_operation(value: str) -> CreditNoteLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CREDIT_NOTE_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(CreditNoteLineUpdateDtoOperation, value)
