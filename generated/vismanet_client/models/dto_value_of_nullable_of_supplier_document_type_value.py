from typing import Literal, cast

DtoValueOfNullableOfSupplierDocumentTypeValue = Literal[
    "Check", "CreditAdj", "DebitAdj", "Invoice", "Prepayment", "QuickCheck", "Refund", "VoidCheck", "VoidQuickCheck"
]

DTO_VALUE_OF_NULLABLE_OF_SUPPLIER_DOCUMENT_TYPE_VALUE_VALUES: frozenset[
    DtoValueOfNullableOfSupplierDocumentTypeValue
] = frozenset(
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


def check_dto_value_of_nullable_of_supplier_document_type_value(
    value: str,
) -> DtoValueOfNullableOfSupplierDocumentTypeValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_SUPPLIER_DOCUMENT_TYPE_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfSupplierDocumentTypeValue, value)
