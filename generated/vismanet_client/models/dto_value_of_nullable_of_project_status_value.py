from typing import Literal, cast

DtoValueOfNullableOfProjectStatusValue = Literal[
    "Active", "Cancelled", "Completed", "OnHold", "PendingApproval", "Planned"
]

DTO_VALUE_OF_NULLABLE_OF_PROJECT_STATUS_VALUE_VALUES: frozenset[DtoValueOfNullableOfProjectStatusValue] = frozenset(
    {
        "Active",
        "Cancelled",
        "Completed",
        "OnHold",
        "PendingApproval",
        "Planned",
    }
)


def check_dto_value_of_nullable_of_project_status_value(value: str) -> DtoValueOfNullableOfProjectStatusValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_PROJECT_STATUS_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfProjectStatusValue, value)
