from typing import Literal, cast

CustomerQueryParametersStatus = Literal["Active", "CreditHold", "Inactive", "OneTime", "OnHold"]

CUSTOMER_QUERY_PARAMETERS_STATUS_VALUES: frozenset[CustomerQueryParametersStatus] = frozenset(
    {
        "Active",
        "CreditHold",
        "Inactive",
        "OneTime",
        "OnHold",
    }
)


def check_customer_query_parameters_status(value: str) -> CustomerQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(CustomerQueryParametersStatus, value)
