from typing import Literal, cast

AccountInCustomerOverdueChargeDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_CUSTOMER_OVERDUE_CHARGE_DTO_TYPE_VALUES: frozenset[AccountInCustomerOverdueChargeDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_customer_overdue_charge_dto_type(value: str) -> AccountInCustomerOverdueChargeDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_CUSTOMER_OVERDUE_CHARGE_DTO_TYPE_VALUES.
    """
    return cast(AccountInCustomerOverdueChargeDtoType, value)
