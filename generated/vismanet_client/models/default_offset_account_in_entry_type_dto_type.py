from typing import Literal, cast

DefaultOffsetAccountInEntryTypeDtoType = Literal["Asset", "Expense", "Income", "Liability"]

DEFAULT_OFFSET_ACCOUNT_IN_ENTRY_TYPE_DTO_TYPE_VALUES: frozenset[DefaultOffsetAccountInEntryTypeDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_default_offset_account_in_entry_type_dto_type(value: str) -> DefaultOffsetAccountInEntryTypeDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DEFAULT_OFFSET_ACCOUNT_IN_ENTRY_TYPE_DTO_TYPE_VALUES.
    """
    return cast(DefaultOffsetAccountInEntryTypeDtoType, value)
