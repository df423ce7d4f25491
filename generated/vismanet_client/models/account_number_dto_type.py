from typing import Literal, cast

AccountNumberDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_NUMBER_DTO_TYPE_VALUES: frozenset[AccountNumberDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_number_dto_type(value: str) -> AccountNumberDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_NUMBER_DTO_TYPE_VALUES.
    """
    return cast(AccountNumberDtoType, value)
