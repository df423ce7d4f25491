from typing import Literal, cast

FixedAssetTransactionQueryParametersTransactionType = Literal[
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

FIXED_ASSET_TRANSACTION_QUERY_PARAMETERS_TRANSACTION_TYPE_VALUES: frozenset[
    FixedAssetTransactionQueryParametersTransactionType
] = frozenset(
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


def check_fixed_asset_transaction_query_parameters_transaction_type(
    value: str,
) -> FixedAssetTransactionQueryParametersTransactionType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in FIXED_ASSET_TRANSACTION_QUERY_PARAMETERS_TRANSACTION_TYPE_VALUES.
    """
    return cast(FixedAssetTransactionQueryParametersTransactionType, value)
