from typing import Literal, cast

SendToAutoInvoiceArDocumentActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

SEND_TO_AUTO_INVOICE_AR_DOCUMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    SendToAutoInvoiceArDocumentActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_send_to_auto_invoice_ar_document_action_result_dto_action_result(
    value: str,
) -> SendToAutoInvoiceArDocumentActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SEND_TO_AUTO_INVOICE_AR_DOCUMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(SendToAutoInvoiceArDocumentActionResultDtoActionResult, value)
