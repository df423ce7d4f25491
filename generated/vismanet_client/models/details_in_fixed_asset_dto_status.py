from typing import Literal, cast

DetailsInFixedAssetDtoStatus = Literal["Active", "Disposed", "FullyDepreciated", "Hold", "Reversed", "Suspended"]

DETAILS_IN_FIXED_ASSET_DTO_STATUS_VALUES: frozenset[DetailsInFixedAssetDtoStatus] = frozenset(
    {
        "Active",
        "Disposed",
        "FullyDepreciated",
        "Hold",
        "Reversed",
        "Suspended",
    }
)


def check_details_in_fixed_asset_dto_status(value: str) -> DetailsInFixedAssetDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DETAILS_IN_FIXED_ASSET_DTO_STATUS_VALUES.
    """
    return cast(DetailsInFixedAssetDtoStatus, value)
