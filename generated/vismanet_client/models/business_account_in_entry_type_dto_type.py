from typing import Literal, cast

BusinessAccountInEntryTypeDtoType = Literal["Asset", "Expense", "Income", "Liability"]

BUSINESS_ACCOUNT_IN_ENTRY_TYPE_DTO_TYPE_VALUES: frozenset[BusinessAccountInEntryTypeDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_business_account_in_entry_type_dto_type(value: str) -> BusinessAccountInEntryTypeDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in BUSINESS_ACCOUNT_IN_ENTRY_TYPE_DTO_TYPE_VALUES.
    """
    return cast(BusinessAccountInEntryTypeDtoType, value)
