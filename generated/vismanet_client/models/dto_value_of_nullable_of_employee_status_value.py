from typing import Literal, cast

DtoValueOfNullableOfEmployeeStatusValue = Literal["Active", "Hold", "HoldPayments", "Inactive", "OneTime"]

DTO_VALUE_OF_NULLABLE_OF_EMPLOYEE_STATUS_VALUE_VALUES: frozenset[DtoValueOfNullableOfEmployeeStatusValue] = frozenset(
    {
        "Active",
        "Hold",
        "HoldPayments",
        "Inactive",
        "OneTime",
    }
)


def check_dto_value_of_nullable_of_employee_status_value(value: str) -> DtoValueOfNullableOfEmployeeStatusValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_EMPLOYEE_STATUS_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfEmployeeStatusValue, value)
