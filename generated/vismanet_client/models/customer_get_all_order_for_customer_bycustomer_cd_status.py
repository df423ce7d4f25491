from typing import Literal, cast

CustomerGetAllOrderForCustomerBycustomerCdStatus = Literal[
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

CUSTOMER_GET_ALL_ORDER_FOR_CUSTOMER_BYCUSTOMER_CD_STATUS_VALUES: frozenset[
    CustomerGetAllOrderForCustomerBycustomerCdStatus
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


def check_customer_get_all_order_for_customer_bycustomer_cd_status(
    value: str,
) -> CustomerGetAllOrderForCustomerBycustomerCdStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_GET_ALL_ORDER_FOR_CUSTOMER_BYCUSTOMER_CD_STATUS_VALUES.
    """
    return cast(CustomerGetAllOrderForCustomerBycustomerCdStatus, value)
