from typing import Literal, cast

FixedAssetTransactionDtoOrigin = Literal[
    "Adjustment",
    "Depreciation",
    "Disposal",
    "DisposalReversal",
    "Purchasing",
    "Reconciliation",
    "Reversal",
    "Split",
    "Transfer",
]

FIXED_ASSET_TRANSACTION_DTO_ORIGIN_VALUES: frozenset[FixedAssetTransactionDtoOrigin] = frozenset(
    {
        "Adjustment",
        "Depreciation",
        "Disposal",
        "DisposalReversal",
        "Purchasing",
        "Reconciliation",
        "Reversal",
        "Split",
        "Transfer",
    }
)


def check_fixed_asset_transaction_dto_origin(value: str) -> FixedAssetTransactionDtoOrigin:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in FIXED_ASSET_TRANSACTION_DTO_ORIGIN_VALUES.
    """
    return cast(FixedAssetTransactionDtoOrigin, value)
