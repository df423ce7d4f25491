from typing import Literal, cast

ReleaseCustomerDebitNoteActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

RELEASE_CUSTOMER_DEBIT_NOTE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    ReleaseCustomerDebitNoteActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_release_customer_debit_note_action_result_dto_action_result(
    value: str,
) -> ReleaseCustomerDebitNoteActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in RELEASE_CUSTOMER_DEBIT_NOTE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ReleaseCustomerDebitNoteActionResultDtoActionResult, value)
