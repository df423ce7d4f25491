from typing import Literal, cast

CorrectArDocumentActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

CORRECT_AR_DOCUMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[CorrectArDocumentActionResultDtoActionResult] = (
    frozenset(
        {
            "Done",
            "Failed",
            "InProcess",
            "Queued",
        }
    )
)


def check_correct_ar_document_action_result_dto_action_result(
    value: str,
) -> CorrectArDocumentActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CORRECT_AR_DOCUMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(CorrectArDocumentActionResultDtoActionResult, value)
