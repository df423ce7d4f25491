from typing import Literal, cast

ReclasificationAccountInEntryTypeDtoType = Literal["Asset", "Expense", "Income", "Liability"]

RECLASIFICATION_ACCOUNT_IN_ENTRY_TYPE_DTO_TYPE_VALUES: frozenset[ReclasificationAccountInEntryTypeDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_reclasification_account_in_entry_type_dto_type(value: str) -> ReclasificationAccountInEntryTypeDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in RECLASIFICATION_ACCOUNT_IN_ENTRY_TYPE_DTO_TYPE_VALUES.
    """
    return cast(ReclasificationAccountInEntryTypeDtoType, value)
