from typing import Literal, cast

SupplierPaymentQueryParametersStatus = Literal[
    "Balanced",
    "Closed",
    "Hold",
    "Open",
    "PendingApproval",
    "PendingPrint",
    "Prebooked",
    "Printed",
    "Rejected",
    "Reserved",
    "Scheduled",
    "Voided",
]

SUPPLIER_PAYMENT_QUERY_PARAMETERS_STATUS_VALUES: frozenset[SupplierPaymentQueryParametersStatus] = frozenset(
    {
        "Balanced",
        "Closed",
        "Hold",
        "Open",
        "PendingApproval",
        "PendingPrint",
        "Prebooked",
        "Printed",
        "Rejected",
        "Reserved",
        "Scheduled",
        "Voided",
    }
)


def check_supplier_payment_query_parameters_status(value: str) -> SupplierPaymentQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_PAYMENT_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(SupplierPaymentQueryParametersStatus, value)
