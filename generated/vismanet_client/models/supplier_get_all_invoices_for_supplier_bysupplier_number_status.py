from typing import Literal, cast

SupplierGetAllInvoicesForSupplierBysupplierNumberStatus = Literal[
    "Balanced", "Closed", "Hold", "Open", "Prebooked", "Printed", "Reserved", "Scheduled", "Voided"
]

SUPPLIER_GET_ALL_INVOICES_FOR_SUPPLIER_BYSUPPLIER_NUMBER_STATUS_VALUES: frozenset[
    SupplierGetAllInvoicesForSupplierBysupplierNumberStatus
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


def check_supplier_get_all_invoices_for_supplier_bysupplier_number_status(
    value: str,
) -> SupplierGetAllInvoicesForSupplierBysupplierNumberStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_GET_ALL_INVOICES_FOR_SUPPLIER_BYSUPPLIER_NUMBER_STATUS_VALUES.
    """
    return cast(SupplierGetAllInvoicesForSupplierBysupplierNumberStatus, value)
