from typing import Literal, cast

CustomerGetAllDocumentsForCustomerBycustomerNumberStatus = Literal[
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

CUSTOMER_GET_ALL_DOCUMENTS_FOR_CUSTOMER_BYCUSTOMER_NUMBER_STATUS_VALUES: frozenset[
    CustomerGetAllDocumentsForCustomerBycustomerNumberStatus
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


def check_customer_get_all_documents_for_customer_bycustomer_number_status(
    value: str,
) -> CustomerGetAllDocumentsForCustomerBycustomerNumberStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_GET_ALL_DOCUMENTS_FOR_CUSTOMER_BYCUSTOMER_NUMBER_STATUS_VALUES.
    """
    return cast(CustomerGetAllDocumentsForCustomerBycustomerNumberStatus, value)
