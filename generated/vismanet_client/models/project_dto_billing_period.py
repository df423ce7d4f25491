from typing import Literal, cast

ProjectDtoBillingPeriod = Literal["Annual", "Monthly", "OnDemand", "Quarterly", "Weekly"]

PROJECT_DTO_BILLING_PERIOD_VALUES: frozenset[ProjectDtoBillingPeriod] = frozenset(
    {
        "Annual",
        "Monthly",
        "OnDemand",
        "Quarterly",
        "Weekly",
    }
)


def check_project_dto_billing_period(value: str) -> ProjectDtoBillingPeriod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_DTO_BILLING_PERIOD_VALUES.
    """
    return cast(ProjectDtoBillingPeriod, value)
