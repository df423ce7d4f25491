from typing import Literal, cast

AccountDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_DTO_TYPE_VALUES: frozenset[AccountDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_dto_type(value: str) -> AccountDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_DTO_TYPE_VALUES.
    """
    return cast(AccountDtoType, value)
