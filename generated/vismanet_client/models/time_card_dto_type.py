from typing import Literal, cast

TimeCardDtoType = Literal["Correction", "Normal", "NormalCorrected"]

TIME_CARD_DTO_TYPE_VALUES: frozenset[TimeCardDtoType] = frozenset(
    {
        "Correction",
        "Normal",
        "NormalCorrected",
    }
)


def check_time_card_dto_type(value: str) -> TimeCardDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TIME_CARD_DTO_TYPE_VALUES.
    """
    return cast(TimeCardDtoType, value)
