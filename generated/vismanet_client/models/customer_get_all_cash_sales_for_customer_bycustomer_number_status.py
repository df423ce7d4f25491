from typing import Literal, cast

CustomerGetAllCashSalesForCustomerBycustomerNumberStatus = Literal[
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

CUSTOMER_GET_ALL_CASH_SALES_FOR_CUSTOMER_BYCUSTOMER_NUMBER_STATUS_VALUES: frozenset[
    CustomerGetAllCashSalesForCustomerBycustomerNumberStatus
] = frozenset(
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


def check_customer_get_all_cash_sales_for_customer_bycustomer_number_status(
    value: str,
) -> CustomerGetAllCashSalesForCustomerBycustomerNumberStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_GET_ALL_CASH_SALES_FOR_CUSTOMER_BYCUSTOMER_NUMBER_STATUS_VALUES.
    """
    return cast(CustomerGetAllCashSalesForCustomerBycustomerNumberStatus, value)
