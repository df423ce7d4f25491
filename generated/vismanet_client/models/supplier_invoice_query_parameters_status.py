from typing import Literal, cast

SupplierInvoiceQueryParametersStatus = Literal[
    "Balanced", "Closed", "Hold", "Open", "Prebooked", "Printed", "Reserved", "Scheduled", "Voided"
]

SUPPLIER_INVOICE_QUERY_PARAMETERS_STATUS_VALUES: frozenset[SupplierInvoiceQueryParametersStatus] = frozenset(
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


def check_supplier_invoice_query_parameters_status(value: str) -> SupplierInvoiceQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(SupplierInvoiceQueryParametersStatus, value)
