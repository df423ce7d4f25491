from typing import Literal, cast

CreateDunningLetterActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

CREATE_DUNNING_LETTER_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    CreateDunningLetterActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_create_dunning_letter_action_result_dto_action_result(
    value: str,
) -> CreateDunningLetterActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CREATE_DUNNING_LETTER_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(CreateDunningLetterActionResultDtoActionResult, value)
