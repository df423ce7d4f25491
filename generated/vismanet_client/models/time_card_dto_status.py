from typing import Literal, cast

TimeCardDtoStatus = Literal["Approved", "Hold", "Open", "Rejected", "Released"]

TIME_CARD_DTO_STATUS_VALUES: frozenset[TimeCardDtoStatus] = frozenset(
    {
        "Approved",
        "Hold",
        "Open",
        "Rejected",
        "Released",
    }
)


def check_time_card_dto_status(value: str) -> TimeCardDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TIME_CARD_DTO_STATUS_VALUES.
    """
    return cast(TimeCardDtoStatus, value)
