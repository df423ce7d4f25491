from typing import Literal, cast

AccountInCustomerCreditWriteOffDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_CUSTOMER_CREDIT_WRITE_OFF_DTO_TYPE_VALUES: frozenset[AccountInCustomerCreditWriteOffDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_customer_credit_write_off_dto_type(value: str) -> AccountInCustomerCreditWriteOffDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_CUSTOMER_CREDIT_WRITE_OFF_DTO_TYPE_VALUES.
    """
    return cast(AccountInCustomerCreditWriteOffDtoType, value)
