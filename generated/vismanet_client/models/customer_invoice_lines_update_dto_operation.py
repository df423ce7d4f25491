from typing import Literal, cast

CustomerInvoiceLinesUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

CUSTOMER_INVOICE_LINES_UPDATE_DTO_OPERATION_VALUES: frozenset[CustomerInvoiceLinesUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_customer_invoice_lines_update_dto_operation(value: str) -> CustomerInvoiceLinesUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_INVOICE_LINES_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(CustomerInvoiceLinesUpdateDtoOperation, value)
