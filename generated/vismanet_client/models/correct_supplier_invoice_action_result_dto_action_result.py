from typing import Literal, cast

CorrectSupplierInvoiceActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

CORRECT_SUPPLIER_INVOICE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    CorrectSupplierInvoiceActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_correct_supplier_invoice_action_result_dto_action_result(
    value: str,
) -> CorrectSupplierInvoiceActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CORRECT_SUPPLIER_INVOICE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(CorrectSupplierInvoiceActionResultDtoActionResult, value)
