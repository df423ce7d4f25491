from typing import Literal, cast

FixedAssetTransactionGetAllStatus = Literal["Balanced", "OnHold", "Posted", "Unposted"]

FIXED_ASSET_TRANSACTION_GET_ALL_STATUS_VALUES: frozenset[FixedAssetTransactionGetAllStatus] = frozenset(
    {
        "Balanced",
        "OnHold",
        "Posted",
        "Unposted",
    }
)


def check_fixed_asset_transaction_get_all_status(value: str) -> FixedAssetTransactionGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in FIXED_ASSET_TRANSACTION_GET_ALL_STATUS_VALUES.
    """
    return cast(FixedAssetTransactionGetAllStatus, value)
