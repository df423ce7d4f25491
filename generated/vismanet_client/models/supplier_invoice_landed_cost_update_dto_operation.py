from typing import Literal, cast

SupplierInvoiceLandedCostUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

SUPPLIER_INVOICE_LANDED_COST_UPDATE_DTO_OPERATION_VALUES: frozenset[SupplierInvoiceLandedCostUpdateDtoOperation] = (
    frozenset(
        {
            "Delete",
            "Insert",
            "Update",
        }
    )
)


def check_supplier_invoice_landed_cost_update_dto_operation(value: str) -> SupplierInvoiceLandedCostUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_LANDED_COST_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(SupplierInvoiceLandedCostUpdateDtoOperation, value)
