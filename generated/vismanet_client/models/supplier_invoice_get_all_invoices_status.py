from typing import Literal, cast

SupplierInvoiceGetAllInvoicesStatus = Literal[
    "Balanced", "Closed", "Hold", "Open", "Prebooked", "Printed", "Reserved", "Scheduled", "Voided"
]

SUPPLIER_INVOICE_GET_ALL_INVOICES_STATUS_VALUES: frozenset[SupplierInvoiceGetAllInvoicesStatus] = frozenset(
    {
        "Balanced",
        "Closed",
        "Hold",
        "Open",
        "Prebooked",
        "Printed",
        "Reserved",
        "Scheduled",
        "Voided",
    }
)


def check_supplier_invoice_get_all_invoices_status(value: str) -> SupplierInvoiceGetAllInvoicesStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_GET_ALL_INVOICES_STATUS_VALUES.
    """
    return cast(SupplierInvoiceGetAllInvoicesStatus, value)
