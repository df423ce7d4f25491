from typing import Literal, cast

FixedAssetRegisterDtoStatus = Literal["Balanced", "OnHold", "Posted", "Unposted"]

FIXED_ASSET_REGISTER_DTO_STATUS_VALUES: frozenset[FixedAssetRegisterDtoStatus] = frozenset(
    {
        "Balanced",
        "OnHold",
        "Posted",
        "Unposted",
    }
)


def check_fixed_asset_register_dto_status(value: str) -> FixedAssetRegisterDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in FIXED_ASSET_REGISTER_DTO_STATUS_VALUES.
    """
    return cast(FixedAssetRegisterDtoStatus, value)
