from typing import Literal, cast

CashSaleGetAllCashSalesStatus = Literal[
    "Balanced",
    "CcHold",
    "Closed",
    "CreditHold",
    "Hold",
    "Open",
    "PendingEmail",
    "PendingPrint",
    "Reserved",
    "Scheduled",
    "Voided",
]

CASH_SALE_GET_ALL_CASH_SALES_STATUS_VALUES: frozenset[CashSaleGetAllCashSalesStatus] = frozenset(
    {
        "Balanced",
        "CcHold",
        "Closed",
        "CreditHold",
        "Hold",
        "Open",
        "PendingEmail",
        "PendingPrint",
        "Reserved",
        "Scheduled",
        "Voided",
    }
)


def check_cash_sale_get_all_cash_sales_status(value: str) -> CashSaleGetAllCashSalesStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CASH_SALE_GET_ALL_CASH_SALES_STATUS_VALUES.
    """
    return cast(CashSaleGetAllCashSalesStatus, value)
