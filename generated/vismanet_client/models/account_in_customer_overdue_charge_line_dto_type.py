from typing import Literal, cast

AccountInCustomerOverdueChargeLineDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_CUSTOMER_OVERDUE_CHARGE_LINE_DTO_TYPE_VALUES: frozenset[AccountInCustomerOverdueChargeLineDtoType] = (
    frozenset(
        {
            "Asset",
            "Expense",
            "Income",
            "Liability",
        }
    )
)


def check_account_in_customer_overdue_charge_line_dto_type(value: str) -> AccountInCustomerOverdueChargeLineDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_CUSTOMER_OVERDUE_CHARGE_LINE_DTO_TYPE_VALUES.
    """
    return cast(AccountInCustomerOverdueChargeLineDtoType, value)
