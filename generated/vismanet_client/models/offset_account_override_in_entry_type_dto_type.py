from typing import Literal, cast

OffsetAccountOverrideInEntryTypeDtoType = Literal["Asset", "Expense", "Income", "Liability"]

OFFSET_ACCOUNT_OVERRIDE_IN_ENTRY_TYPE_DTO_TYPE_VALUES: frozenset[OffsetAccountOverrideInEntryTypeDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_offset_account_override_in_entry_type_dto_type(value: str) -> OffsetAccountOverrideInEntryTypeDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in OFFSET_ACCOUNT_OVERRIDE_IN_ENTRY_TYPE_DTO_TYPE_VALUES.
    """
    return cast(OffsetAccountOverrideInEntryTypeDtoType, value)
