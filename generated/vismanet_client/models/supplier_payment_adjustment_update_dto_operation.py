from typing import Literal, cast

SupplierPaymentAdjustmentUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

SUPPLIER_PAYMENT_ADJUSTMENT_UPDATE_DTO_OPERATION_VALUES: frozenset[SupplierPaymentAdjustmentUpdateDtoOperation] = (
    frozenset(
        {
            "Delete",
            "Insert",
            "Update",
        }
    )
)


def check_supplier_payment_adjustment_update_dto_operation(value: str) -> SupplierPaymentAdjustmentUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_PAYMENT_ADJUSTMENT_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(SupplierPaymentAdjustmentUpdateDtoOperation, value)
