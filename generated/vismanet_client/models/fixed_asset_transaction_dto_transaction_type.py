from typing import Literal, cast

FixedAssetTransactionDtoTransactionType = Literal[
    "AdjustingDeprMinus",
    "AdjustingDeprPlus",
    "CalculatedMinus",
    "CalculatedPlus",
    "DepreciationMinus",
    "DepreciationPlus",
    "PurchasingDisposal",
    "PurchasingMinus",
    "PurchasingPlus",
    "PurchasingReversal",
    "ReconciliationMinus",
    "ReconciliationPlus",
    "SaleMinus",
    "SalePlus",
    "TransferDepreciation",
    "TransferPurchasing",
]

FIXED_ASSET_TRANSACTION_DTO_TRANSACTION_TYPE_VALUES: frozenset[FixedAssetTransactionDtoTransactionType] = frozenset(
    {
        "AdjustingDeprMinus",
        "AdjustingDeprPlus",
        "CalculatedMinus",
        "CalculatedPlus",
        "DepreciationMinus",
        "DepreciationPlus",
        "PurchasingDisposal",
        "PurchasingMinus",
        "PurchasingPlus",
        "PurchasingReversal",
        "ReconciliationMinus",
        "ReconciliationPlus",
        "SaleMinus",
        "SalePlus",
        "TransferDepreciation",
        "TransferPurchasing",
    }
)


def check_fixed_asset_transaction_dto_transaction_type(value: str) -> FixedAssetTransactionDtoTransactionType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in FIXED_ASSET_TRANSACTION_DTO_TRANSACTION_TYPE_VALUES.
    """
    return cast(FixedAssetTransactionDtoTransactionType, value)
