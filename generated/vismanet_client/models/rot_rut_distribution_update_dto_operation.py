from typing import Literal, cast

RotRutDistributionUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

ROT_RUT_DISTRIBUTION_UPDATE_DTO_OPERATION_VALUES: frozenset[RotRutDistributionUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_rot_rut_distribution_update_dto_operation(value: str) -> RotRutDistributionUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ROT_RUT_DISTRIBUTION_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(RotRutDistributionUpdateDtoOperation, value)
