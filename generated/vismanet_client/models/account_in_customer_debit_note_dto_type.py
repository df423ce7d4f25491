from typing import Literal, cast

AccountInCustomerDebitNoteDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_CUSTOMER_DEBIT_NOTE_DTO_TYPE_VALUES: frozenset[AccountInCustomerDebitNoteDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_customer_debit_note_dto_type(value: str) -> AccountInCustomerDebitNoteDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_CUSTOMER_DEBIT_NOTE_DTO_TYPE_VALUES.
    """
    return cast(AccountInCustomerDebitNoteDtoType, value)
