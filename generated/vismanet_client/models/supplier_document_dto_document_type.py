from typing import Literal, cast

SupplierDocumentDtoDocumentType = Literal[
    "Check", "CreditAdj", "DebitAdj", "Invoice", "Prepayment", "QuickCheck", "Refund", "VoidCheck", "VoidQuickCheck"
]

SUPPLIER_DOCUMENT_DTO_DOCUMENT_TYPE_VALUES: frozenset[SupplierDocumentDtoDocumentType] = frozenset(
    {
        "Check",
        "CreditAdj",
        "DebitAdj",
        "Invoice",
        "Prepayment",
        "QuickCheck",
        "Refund",
        "VoidCheck",
        "VoidQuickCheck",
    }
)


def check_supplier_document_dto_document_type(value: str) -> SupplierDocumentDtoDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DOCUMENT_DTO_DOCUMENT_TYPE_VALUES.
    """
    return cast(SupplierDocumentDtoDocumentType, value)
