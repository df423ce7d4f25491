from typing import Literal, cast

DtoValueOfAccountTypesValue = Literal["Asset", "Expense", "Income", "Liability"]

DTO_VALUE_OF_ACCOUNT_TYPES_VALUE_VALUES: frozenset[DtoValueOfAccountTypesValue] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_dto_value_of_account_types_value(value: str) -> DtoValueOfAccountTypesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_ACCOUNT_TYPES_VALUE_VALUES.
    """
    return cast(DtoValueOfAccountTypesValue, value)
