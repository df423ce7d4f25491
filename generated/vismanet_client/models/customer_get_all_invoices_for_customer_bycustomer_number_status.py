from typing import Literal, cast

CustomerGetAllInvoicesForCustomerBycustomerNumberStatus = Literal[
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

CUSTOMER_GET_ALL_INVOICES_FOR_CUSTOMER_BYCUSTOMER_NUMBER_STATUS_VALUES: frozenset[
    CustomerGetAllInvoicesForCustomerBycustomerNumberStatus
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


def check_customer_get_all_invoices_for_customer_bycustomer_number_status(
    value: str,
) -> CustomerGetAllInvoicesForCustomerBycustomerNumberStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_GET_ALL_INVOICES_FOR_CUSTOMER_BYCUSTOMER_NUMBER_STATUS_VALUES.
    """
    return cast(CustomerGetAllInvoicesForCustomerBycustomerNumberStatus, value)
