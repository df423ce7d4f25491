from typing import Literal, cast

ProjectTransactionDocumentDtoOrigDocType = Literal[
    "Allocation",
    "AllocationReversal",
    "Case",
    "CreditMemo",
    "EquipmentTimecard",
    "ExpenseClaim",
    "ProformaBilling",
    "Reversal",
    "Timecard",
    "UnbilledRemainder",
]

PROJECT_TRANSACTION_DOCUMENT_DTO_ORIG_DOC_TYPE_VALUES: frozenset[ProjectTransactionDocumentDtoOrigDocType] = frozenset(
    {
        "Allocation",
        "AllocationReversal",
        "Case",
        "CreditMemo",
        "EquipmentTimecard",
        "ExpenseClaim",
        "ProformaBilling",
        "Reversal",
        "Timecard",
        "UnbilledRemainder",
    }
)


def check_project_transaction_document_dto_orig_doc_type(value: str) -> ProjectTransactionDocumentDtoOrigDocType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_TRANSACTION_DOCUMENT_DTO_ORIG_DOC_TYPE_VALUES.
    """
    return cast(ProjectTransactionDocumentDtoOrigDocType, value)
