from typing import Literal, cast

AccountInCreditNoteLineDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_CREDIT_NOTE_LINE_DTO_TYPE_VALUES: frozenset[AccountInCreditNoteLineDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_credit_note_line_dto_type(value: str) -> AccountInCreditNoteLineDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_CREDIT_NOTE_LINE_DTO_TYPE_VALUES.
    """
    return cast(AccountInCreditNoteLineDtoType, value)
