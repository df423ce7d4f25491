from typing import Literal, cast

SupplierDocumentDtoApprovalStatus = Literal[
    "ActiveWorkflowApproval",
    "ApprovedInApproval",
    "Canceled",
    "InProgressApproval",
    "New",
    "ReceivedByApproval",
    "RejectedInApproval",
    "SentToApproval",
]

SUPPLIER_DOCUMENT_DTO_APPROVAL_STATUS_VALUES: frozenset[SupplierDocumentDtoApprovalStatus] = frozenset(
    {
        "ActiveWorkflowApproval",
        "ApprovedInApproval",
        "Canceled",
        "InProgressApproval",
        "New",
        "ReceivedByApproval",
        "RejectedInApproval",
        "SentToApproval",
    }
)


def check_supplier_document_dto_approval_status(value: str) -> SupplierDocumentDtoApprovalStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DOCUMENT_DTO_APPROVAL_STATUS_VALUES.
    """
    return cast(SupplierDocumentDtoApprovalStatus, value)
