from typing import Literal, cast

AccountInCustomerCreditNoteLineDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_CUSTOMER_CREDIT_NOTE_LINE_DTO_TYPE_VALUES: frozenset[AccountInCustomerCreditNoteLineDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_customer_credit_note_line_dto_type(value: str) -> AccountInCustomerCreditNoteLineDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_CUSTOMER_CREDIT_NOTE_LINE_DTO_TYPE_VALUES.
    """
    return cast(AccountInCustomerCreditNoteLineDtoType, value)
