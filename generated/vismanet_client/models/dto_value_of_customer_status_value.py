from typing import Literal, cast

DtoValueOfCustomerStatusValue = Literal["Active", "CreditHold", "Inactive", "OneTime", "OnHold"]

DTO_VALUE_OF_CUSTOMER_STATUS_VALUE_VALUES: frozenset[DtoValueOfCustomerStatusValue] = frozenset(
    {
        "Active",
        "CreditHold",
        "Inactive",
        "OneTime",
        "OnHold",
    }
)


def check_dto_value_of_customer_status_value(value: str) -> DtoValueOfCustomerStatusValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_CUSTOMER_STATUS_VALUE_VALUES.
    """
    return cast(DtoValueOfCustomerStatusValue, value)
