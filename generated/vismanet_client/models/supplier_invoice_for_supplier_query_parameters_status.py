from typing import Literal, cast

SupplierInvoiceForSupplierQueryParametersStatus = Literal[
    "Balanced", "Closed", "Hold", "Open", "Prebooked", "Printed", "Reserved", "Scheduled", "Voided"
]

SUPPLIER_INVOICE_FOR_SUPPLIER_QUERY_PARAMETERS_STATUS_VALUES: frozenset[
    SupplierInvoiceForSupplierQueryParametersStatus
] = frozenset(
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


def check_supplier_invoice_for_supplier_query_parameters_status(
    value: str,
) -> SupplierInvoiceForSupplierQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_FOR_SUPPLIER_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(SupplierInvoiceForSupplierQueryParametersStatus, value)
