from typing import Literal, cast

RotRutDtoType = Literal["Rot", "Rut"]

ROT_RUT_DTO_TYPE_VALUES: frozenset[RotRutDtoType] = frozenset(
    {
        "Rot",
        "Rut",
    }
)


def check_rot_rut_dto_type(value: str) -> RotRutDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ROT_RUT_DTO_TYPE_VALUES.
    """
    return cast(RotRutDtoType, value)
