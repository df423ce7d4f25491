from typing import Literal, cast

TimeCardSummaryUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

TIME_CARD_SUMMARY_UPDATE_DTO_OPERATION_VALUES: frozenset[TimeCardSummaryUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_time_card_summary_update_dto_operation(value: str) -> TimeCardSummaryUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TIME_CARD_SUMMARY_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(TimeCardSummaryUpdateDtoOperation, value)
