from typing import Literal, cast

SupplierPaymentAdjustmentDtoDocType = Literal["CreditAdj", "DebitAdj", "Invoice", "Payment", "Prepayment", "Refund"]

SUPPLIER_PAYMENT_ADJUSTMENT_DTO_DOC_TYPE_VALUES: frozenset[SupplierPaymentAdjustmentDtoDocType] = frozenset(
    {
        "CreditAdj",
        "DebitAdj",
        "Invoice",
        "Payment",
        "Prepayment",
        "Refund",
    }
)


def check_supplier_payment_adjustment_dto_doc_type(value: str) -> SupplierPaymentAdjustmentDtoDocType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_PAYMENT_ADJUSTMENT_DTO_DOC_TYPE_VALUES.
    """
    return cast(SupplierPaymentAdjustmentDtoDocType, value)
