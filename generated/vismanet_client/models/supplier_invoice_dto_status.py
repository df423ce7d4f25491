from typing import Literal, cast

SupplierInvoiceDtoStatus = Literal[
    "Balanced", "Closed", "Hold", "Open", "Prebooked", "Printed", "Reserved", "Scheduled", "Voided"
]

SUPPLIER_INVOICE_DTO_STATUS_VALUES: frozenset[SupplierInvoiceDtoStatus] = frozenset(
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


def check_supplier_invoice_dto_status(value: str) -> SupplierInvoiceDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_DTO_STATUS_VALUES.
    """
    return cast(SupplierInvoiceDtoStatus, value)
