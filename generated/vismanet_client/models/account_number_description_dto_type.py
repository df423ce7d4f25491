from typing import Literal, cast

AccountNumberDescriptionDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_NUMBER_DESCRIPTION_DTO_TYPE_VALUES: frozenset[AccountNumberDescriptionDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_number_description_dto_type(value: str) -> AccountNumberDescriptionDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_NUMBER_DESCRIPTION_DTO_TYPE_VALUES.
    """
    return cast(AccountNumberDescriptionDtoType, value)
