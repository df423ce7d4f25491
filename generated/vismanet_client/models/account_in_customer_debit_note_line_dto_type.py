from typing import Literal, cast

AccountInCustomerDebitNoteLineDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_CUSTOMER_DEBIT_NOTE_LINE_DTO_TYPE_VALUES: frozenset[AccountInCustomerDebitNoteLineDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_customer_debit_note_line_dto_type(value: str) -> AccountInCustomerDebitNoteLineDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_CUSTOMER_DEBIT_NOTE_LINE_DTO_TYPE_VALUES.
    """
    return cast(AccountInCustomerDebitNoteLineDtoType, value)
