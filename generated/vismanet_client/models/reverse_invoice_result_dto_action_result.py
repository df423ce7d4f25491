from typing import Literal, cast

ReverseInvoiceResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

REVERSE_INVOICE_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[ReverseInvoiceResultDtoActionResult] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_reverse_invoice_result_dto_action_result(value: str) -> ReverseInvoiceResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in REVERSE_INVOICE_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ReverseInvoiceResultDtoActionResult, value)
