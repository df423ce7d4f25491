from typing import Literal, cast

ReleaseInvoiceActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

RELEASE_INVOICE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[ReleaseInvoiceActionResultDtoActionResult] = (
    frozenset(
        {
            "Done",
            "Failed",
            "InProcess",
            "Queued",
        }
    )
)


def check_release_invoice_action_result_dto_action_result(value: str) -> ReleaseInvoiceActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in RELEASE_INVOICE_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ReleaseInvoiceActionResultDtoActionResult, value)
