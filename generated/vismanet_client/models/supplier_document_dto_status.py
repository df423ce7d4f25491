from typing import Literal, cast

SupplierDocumentDtoStatus = Literal[
    "Balanced", "Closed", "Hold", "Open", "Prebooked", "Printed", "Reserved", "Scheduled", "Voided"
]

SUPPLIER_DOCUMENT_DTO_STATUS_VALUES: frozenset[SupplierDocumentDtoStatus] = frozenset(
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


def check_supplier_document_dto_status(value: str) -> SupplierDocumentDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DOCUMENT_DTO_STATUS_VALUES.
    """
    return cast(SupplierDocumentDtoStatus, value)
