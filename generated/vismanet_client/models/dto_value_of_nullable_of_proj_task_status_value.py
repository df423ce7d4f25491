from typing import Literal, cast

DtoValueOfNullableOfProjTaskStatusValue = Literal["Active", "Canceled", "Cancelled", "Completed", "Planned"]

DTO_VALUE_OF_NULLABLE_OF_PROJ_TASK_STATUS_VALUE_VALUES: frozenset[DtoValueOfNullableOfProjTaskStatusValue] = frozenset(
    {
        "Active",
        "Canceled",
        "Cancelled",
        "Completed",
        "Planned",
    }
)


def check_dto_value_of_nullable_of_proj_task_status_value(value: str) -> DtoValueOfNullableOfProjTaskStatusValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_PROJ_TASK_STATUS_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfProjTaskStatusValue, value)
