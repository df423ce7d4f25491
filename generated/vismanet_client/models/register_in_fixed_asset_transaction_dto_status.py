from typing import Literal, cast

RegisterInFixedAssetTransactionDtoStatus = Literal["Balanced", "OnHold", "Posted", "Unposted"]

REGISTER_IN_FIXED_ASSET_TRANSACTION_DTO_STATUS_VALUES: frozenset[RegisterInFixedAssetTransactionDtoStatus] = frozenset(
    {
        "Balanced",
        "OnHold",
        "Posted",
        "Unposted",
    }
)


def check_register_in_fixed_asset_transaction_dto_status(value: str) -> RegisterInFixedAssetTransactionDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in REGISTER_IN_FIXED_ASSET_TRANSACTION_DTO_STATUS_VALUES.
    """
    return cast(RegisterInFixedAssetTransactionDtoStatus, value)
