from typing import Literal, cast

TimeCardGetAllEmployeeTimeCardsStatus = Literal["Approved", "Hold", "Open", "Rejected", "Released"]

TIME_CARD_GET_ALL_EMPLOYEE_TIME_CARDS_STATUS_VALUES: frozenset[TimeCardGetAllEmployeeTimeCardsStatus] = frozenset(
    {
        "Approved",
        "Hold",
        "Open",
        "Rejected",
        "Released",
    }
)


def check_time_card_get_all_employee_time_cards_status(value: str) -> TimeCardGetAllEmployeeTimeCardsStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TIME_CARD_GET_ALL_EMPLOYEE_TIME_CARDS_STATUS_VALUES.
    """
    return cast(TimeCardGetAllEmployeeTimeCardsStatus, value)
