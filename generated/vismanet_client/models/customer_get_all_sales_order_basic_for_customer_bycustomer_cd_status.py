from typing import Literal, cast

CustomerGetAllSalesOrderBasicForCustomerBycustomerCdStatus = Literal[
    "BackOrder",
    "Cancelled",
    "Completed",
    "CreditHold",
    "Hold",
    "Invoiced",
    "Open",
    "PendingApproval",
    "Shipping",
    "Voided",
]

CUSTOMER_GET_ALL_SALES_ORDER_BASIC_FOR_CUSTOMER_BYCUSTOMER_CD_STATUS_VALUES: frozenset[
    CustomerGetAllSalesOrderBasicForCustomerBycustomerCdStatus
] = frozenset(
    {
        "BackOrder",
        "Cancelled",
        "Completed",
        "CreditHold",
        "Hold",
        "Invoiced",
        "Open",
        "PendingApproval",
        "Shipping",
        "Voided",
    }
)


def check_customer_get_all_sales_order_basic_for_customer_bycustomer_cd_status(
    value: str,
) -> CustomerGetAllSalesOrderBasicForCustomerBycustomerCdStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_GET_ALL_SALES_ORDER_BASIC_FOR_CUSTOMER_BYCUSTOMER_CD_STATUS_VALUES.
    """
    return cast(CustomerGetAllSalesOrderBasicForCustomerBycustomerCdStatus, value)
