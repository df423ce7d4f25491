from typing import Literal, cast

FixedAssetGetAllStatus = Literal["Active", "Disposed", "FullyDepreciated", "Hold", "Reversed", "Suspended"]

FIXED_ASSET_GET_ALL_STATUS_VALUES: frozenset[FixedAssetGetAllStatus] = frozenset(
    {
        "Active",
        "Disposed",
        "FullyDepreciated",
        "Hold",
        "Reversed",
        "Suspended",
    }
)


def check_fixed_asset_get_all_status(value: str) -> FixedAssetGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in FIXED_ASSET_GET_ALL_STATUS_VALUES.
    """
    return cast(FixedAssetGetAllStatus, value)
