from typing import Literal, cast

AccountInCreditNoteDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_CREDIT_NOTE_DTO_TYPE_VALUES: frozenset[AccountInCreditNoteDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_credit_note_dto_type(value: str) -> AccountInCreditNoteDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_CREDIT_NOTE_DTO_TYPE_VALUES.
    """
    return cast(AccountInCreditNoteDtoType, value)
