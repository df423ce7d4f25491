from typing import Literal, cast

CustomerDtoStatus = Literal["Active", "CreditHold", "Inactive", "OneTime", "OnHold"]

CUSTOMER_DTO_STATUS_VALUES: frozenset[CustomerDtoStatus] = frozenset(
    {
        "Active",
        "CreditHold",
        "Inactive",
        "OneTime",
        "OnHold",
    }
)


def check_customer_dto_status(value: str) -> CustomerDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DTO_STATUS_VALUES.
    """
    return cast(CustomerDtoStatus, value)
