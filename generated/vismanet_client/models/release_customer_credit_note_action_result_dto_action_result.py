from typing import Literal, cast

ReleaseCustomerCreditNoteActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

RELEASE_CUSTOMER_CREDIT_NOTE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    ReleaseCustomerCreditNoteActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_release_customer_credit_note_action_result_dto_action_result(
    value: str,
) -> ReleaseCustomerCreditNoteActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in RELEASE_CUSTOMER_CREDIT_NOTE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ReleaseCustomerCreditNoteActionResultDtoActionResult, value)
