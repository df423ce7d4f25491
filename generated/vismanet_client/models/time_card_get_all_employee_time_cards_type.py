from typing import Literal, cast

TimeCardGetAllEmployeeTimeCardsType = Literal["Correction", "Normal", "NormalCorrected"]

TIME_CARD_GET_ALL_EMPLOYEE_TIME_CARDS_TYPE_VALUES: frozenset[TimeCardGetAllEmployeeTimeCardsType] = frozenset(
    {
        "Correction",
        "Normal",
        "NormalCorrected",
    }
)


def check_time_card_get_all_employee_time_cards_type(value: str) -> TimeCardGetAllEmployeeTimeCardsType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TIME_CARD_GET_ALL_EMPLOYEE_TIME_CARDS_TYPE_VALUES.
    """
    return cast(TimeCardGetAllEmployeeTimeCardsType, value)
