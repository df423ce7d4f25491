from typing import Literal, cast

PrebookSupplierInvoiceActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

PREBOOK_SUPPLIER_INVOICE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    PrebookSupplierInvoiceActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_prebook_supplier_invoice_action_result_dto_action_result(
    value: str,
) -> PrebookSupplierInvoiceActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PREBOOK_SUPPLIER_INVOICE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(PrebookSupplierInvoiceActionResultDtoActionResult, value)
