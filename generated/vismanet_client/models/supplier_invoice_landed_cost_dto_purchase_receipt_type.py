from typing import Literal, cast

SupplierInvoiceLandedCostDtoPurchaseReceiptType = Literal["PoReceipt", "PoReturn", "TransferReceipt"]

SUPPLIER_INVOICE_LANDED_COST_DTO_PURCHASE_RECEIPT_TYPE_VALUES: frozenset[
    SupplierInvoiceLandedCostDtoPurchaseReceiptType
] = frozenset(
    {
        "PoReceipt",
        "PoReturn",
        "TransferReceipt",
    }
)


def check_supplier_invoice_landed_cost_dto_purchase_receipt_type(
    value: str,
) -> SupplierInvoiceLandedCostDtoPurchaseReceiptType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_INVOICE_LANDED_COST_DTO_PURCHASE_RECEIPT_TYPE_VALUES.
    """
    return cast(SupplierInvoiceLandedCostDtoPurchaseReceiptType, value)
