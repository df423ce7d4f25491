from typing import Literal, cast

DtoValueOfNullableOfSupplierInvoiceTypesValue = Literal[
    "CreditAdj", "DebitAdj", "Invoice", "Payment", "Prepayment", "Refund"
]

DTO_VALUE_OF_NULLABLE_OF_SUPPLIER_INVOICE_TYPES_VALUE_VALUES: frozenset[
    DtoValueOfNullableOfSupplierInvoiceTypesValue
] = frozenset(
    {
        "CreditAdj",
        "DebitAdj",
        "Invoice",
        "Payment",
        "Prepayment",
        "Refund",
    }
)


def check_dto_value_of_nullable_of_supplier_invoice_types_value(
    value: str,
) -> DtoValueOfNullableOfSupplierInvoiceTypesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_SUPPLIER_INVOICE_TYPES_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfSupplierInvoiceTypesValue, value)
