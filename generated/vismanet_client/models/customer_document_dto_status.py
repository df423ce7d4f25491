from typing import Literal, cast

CustomerDocumentDtoStatus = Literal[
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

CUSTOMER_DOCUMENT_DTO_STATUS_VALUES: frozenset[CustomerDocumentDtoStatus] = frozenset(
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


def check_customer_document_dto_status(value: str) -> CustomerDocumentDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DOCUMENT_DTO_STATUS_VALUES.
    """
    return cast(CustomerDocumentDtoStatus, value)
