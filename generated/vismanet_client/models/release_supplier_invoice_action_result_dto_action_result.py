from typing import Literal, cast

ReleaseSupplierInvoiceActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

RELEASE_SUPPLIER_INVOICE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    ReleaseSupplierInvoiceActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_release_supplier_invoice_action_result_dto_action_result(
    value: str,
) -> ReleaseSupplierInvoiceActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in RELEASE_SUPPLIER_INVOICE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ReleaseSupplierInvoiceActionResultDtoActionResult, value)
