from typing import Literal, cast

CustomerDocumentGetAllDocumentsStatus = Literal[
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

CUSTOMER_DOCUMENT_GET_ALL_DOCUMENTS_STATUS_VALUES: frozenset[CustomerDocumentGetAllDocumentsStatus] = frozenset(
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


def check_customer_document_get_all_documents_status(value: str) -> CustomerDocumentGetAllDocumentsStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DOCUMENT_GET_ALL_DOCUMENTS_STATUS_VALUES.
    """
    return cast(CustomerDocumentGetAllDocumentsStatus, value)
