from typing import Literal, cast

CustomerGetAllStatus = Literal["Active", "CreditHold", "Inactive", "OneTime", "OnHold"]

CUSTOMER_GET_ALL_STATUS_VALUES: frozenset[CustomerGetAllStatus] = frozenset(
    {
        "Active",
        "CreditHold",
        "Inactive",
        "OneTime",
        "OnHold",
    }
)


def check_customer_get_all_status(value: str) -> CustomerGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_GET_ALL_STATUS_VALUES.
    """
    return cast(CustomerGetAllStatus, value)
