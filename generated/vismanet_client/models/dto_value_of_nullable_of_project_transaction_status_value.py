from typing import Literal, cast

DtoValueOfNullableOfProjectTransactionStatusValue = Literal["Balanced", "Hold", "Released"]

DTO_VALUE_OF_NULLABLE_OF_PROJECT_TRANSACTION_STATUS_VALUE_VALUES: frozenset[
    DtoValueOfNullableOfProjectTransactionStatusValue
] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_dto_value_of_nullable_of_project_transaction_status_value(
    value: str,
) -> DtoValueOfNullableOfProjectTransactionStatusValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_PROJECT_TRANSACTION_STATUS_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfProjectTransactionStatusValue, value)
