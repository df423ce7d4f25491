from typing import Literal, cast

SupplierPaymentGetAllPaymentsStatus = Literal[
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

SUPPLIER_PAYMENT_GET_ALL_PAYMENTS_STATUS_VALUES: frozenset[SupplierPaymentGetAllPaymentsStatus] = frozenset(
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


def check_supplier_payment_get_all_payments_status(value: str) -> SupplierPaymentGetAllPaymentsStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_PAYMENT_GET_ALL_PAYMENTS_STATUS_VALUES.
    """
    return cast(SupplierPaymentGetAllPaymentsStatus, value)
