from typing import Literal, cast

SupplierInvoiceDtoApprovalStatus = Literal[
    "ActiveWorkflowApproval",
    "ApprovedInApproval",
    "Canceled",
    "InProgressApproval",
    "New",
    "ReceivedByApproval",
    "RejectedInApproval",
    "SentToApproval",
]

SUPPLIER_INVOICE_DTO_APPROVAL_STATUS_VALUES: frozenset[SupplierInvoiceDtoApprovalStatus] = frozenset(
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


def check_supplier_invoice_dto_approval_status(value: str) -> SupplierInvoiceDtoApprovalStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_DTO_APPROVAL_STATUS_VALUES.
    """
    return cast(SupplierInvoiceDtoApprovalStatus, value)
