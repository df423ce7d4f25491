from typing import Literal, cast

SupplierPaymentDtoStatus = Literal[
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

SUPPLIER_PAYMENT_DTO_STATUS_VALUES: frozenset[SupplierPaymentDtoStatus] = frozenset(
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


def check_supplier_payment_dto_status(value: str) -> SupplierPaymentDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_PAYMENT_DTO_STATUS_VALUES.
    """
    return cast(SupplierPaymentDtoStatus, value)
