from typing import Literal, cast

ProjectTransactionDocumentDtoStatus = Literal["Balanced", "Hold", "Released"]

PROJECT_TRANSACTION_DOCUMENT_DTO_STATUS_VALUES: frozenset[ProjectTransactionDocumentDtoStatus] = frozenset(
    {
        "Balanced",
        "Hold",
        "Released",
    }
)


def check_project_transaction_document_dto_status(value: str) -> ProjectTransactionDocumentDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_TRANSACTION_DOCUMENT_DTO_STATUS_VALUES.
    """
    return cast(ProjectTransactionDocumentDtoStatus, value)
