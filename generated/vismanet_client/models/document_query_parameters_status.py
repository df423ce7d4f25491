from typing import Literal, cast

DocumentQueryParametersStatus = Literal[
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

DOCUMENT_QUERY_PARAMETERS_STATUS_VALUES: frozenset[DocumentQueryParametersStatus] = frozenset(
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


def check_document_query_parameters_status(value: str) -> DocumentQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DOCUMENT_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(DocumentQueryParametersStatus, value)
