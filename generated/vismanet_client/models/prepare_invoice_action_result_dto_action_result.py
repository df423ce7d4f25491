from typing import Literal, cast

PrepareInvoiceActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

PREPARE_INVOICE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[PrepareInvoiceActionResultDtoActionResult] = (
    frozenset(
        {
            "Done",
            "Failed",
            "InProcess",
            "Queued",
        }
    )
)


def check_prepare_invoice_action_result_dto_action_result(value: str) -> PrepareInvoiceActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PREPARE_INVOICE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(PrepareInvoiceActionResultDtoActionResult, value)
