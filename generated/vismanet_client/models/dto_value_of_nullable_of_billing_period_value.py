from typing import Literal, cast

DtoValueOfNullableOfBillingPeriodValue = Literal["Annual", "Monthly", "OnDemand", "Quarterly", "Weekly"]

DTO_VALUE_OF_NULLABLE_OF_BILLING_PERIOD_VALUE_VALUES: frozenset[DtoValueOfNullableOfBillingPeriodValue] = frozenset(
    {
        "Annual",
        "Monthly",
        "OnDemand",
        "Quarterly",
        "Weekly",
    }
)


def check_dto_value_of_nullable_of_billing_period_value(value: str) -> DtoValueOfNullableOfBillingPeriodValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_BILLING_PERIOD_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfBillingPeriodValue, value)
