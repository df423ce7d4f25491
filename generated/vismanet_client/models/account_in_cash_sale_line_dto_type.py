from typing import Literal, cast

AccountInCashSaleLineDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_CASH_SALE_LINE_DTO_TYPE_VALUES: frozenset[AccountInCashSaleLineDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_cash_sale_line_dto_type(value: str) -> AccountInCashSaleLineDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_CASH_SALE_LINE_DTO_TYPE_VALUES.
    """
    return cast(AccountInCashSaleLineDtoType, value)
