from typing import Literal, cast

DetailsDtoStatus = Literal["Active", "Disposed", "FullyDepreciated", "Hold", "Reversed", "Suspended"]

DETAILS_DTO_STATUS_VALUES: frozenset[DetailsDtoStatus] = frozenset(
    {
        "Active",
        "Disposed",
        "FullyDepreciated",
        "Hold",
        "Reversed",
        "Suspended",
    }
)


def check_details_dto_status(value: str) -> DetailsDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DETAILS_DTO_STATUS_VALUES.
    """
    return cast(DetailsDtoStatus, value)
