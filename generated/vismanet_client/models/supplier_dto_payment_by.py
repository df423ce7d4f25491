from typing import Literal, cast

SupplierDtoPaymentBy = Literal["DiscountDate", "DueDate"]

SUPPLIER_DTO_PAYMENT_BY_VALUES: frozenset[SupplierDtoPaymentBy] = frozenset(
    {
        "DiscountDate",
        "DueDate",
    }
)


def check_supplier_dto_payment_by(value: str) -> SupplierDtoPaymentBy:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DTO_PAYMENT_BY_VALUES.
    """
    return cast(SupplierDtoPaymentBy, value)
