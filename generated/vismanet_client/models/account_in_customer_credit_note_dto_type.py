from typing import Literal, cast

AccountInCustomerCreditNoteDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_CUSTOMER_CREDIT_NOTE_DTO_TYPE_VALUES: frozenset[AccountInCustomerCreditNoteDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_customer_credit_note_dto_type(value: str) -> AccountInCustomerCreditNoteDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_CUSTOMER_CREDIT_NOTE_DTO_TYPE_VALUES.
    """
    return cast(AccountInCustomerCreditNoteDtoType, value)
