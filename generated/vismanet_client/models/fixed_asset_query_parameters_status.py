from typing import Literal, cast

FixedAssetQueryParametersStatus = Literal["Active", "Disposed", "FullyDepreciated", "Hold", "Reversed", "Suspended"]

FIXED_ASSET_QUERY_PARAMETERS_STATUS_VALUES: frozenset[FixedAssetQueryParametersStatus] = frozenset(
    {
        "Active",
        "Disposed",
        "FullyDepreciated",
        "Hold",
        "Reversed",
        "Suspended",
    }
)


def check_fixed_asset_query_parameters_status(value: str) -> FixedAssetQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in FIXED_ASSET_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(FixedAssetQueryParametersStatus, value)
