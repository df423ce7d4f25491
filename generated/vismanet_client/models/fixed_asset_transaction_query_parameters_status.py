from typing import Literal, cast

FixedAssetTransactionQueryParametersStatus = Literal["Balanced", "OnHold", "Posted", "Unposted"]

FIXED_ASSET_TRANSACTION_QUERY_PARAMETERS_STATUS_VALUES: frozenset[FixedAssetTransactionQueryParametersStatus] = (
    frozenset(
        {
            "Balanced",
            "OnHold",
            "Posted",
            "Unposted",
        }
    )
)


def check_fixed_asset_transaction_query_parameters_status(value: str) -> FixedAssetTransactionQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in FIXED_ASSET_TRANSACTION_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(FixedAssetTransactionQueryParametersStatus, value)
