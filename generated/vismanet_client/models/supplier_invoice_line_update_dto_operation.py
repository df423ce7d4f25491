from typing import Literal, cast

SupplierInvoiceLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

SUPPLIER_INVOICE_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[SupplierInvoiceLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_supplier_invoice_line_update_dto_operation(value: str) -> SupplierInvoiceLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(SupplierInvoiceLineUpdateDtoOperation, value)
