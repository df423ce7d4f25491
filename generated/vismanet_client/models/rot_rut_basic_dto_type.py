from typing import Literal, cast

RotRutBasicDtoType = Literal["Rot", "Rut"]

ROT_RUT_BASIC_DTO_TYPE_VALUES: frozenset[RotRutBasicDtoType] = frozenset(
    {
        "Rot",
        "Rut",
    }
)


def check_rot_rut_basic_dto_type(value: str) -> RotRutBasicDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ROT_RUT_BASIC_DTO_TYPE_VALUES.
    """
    return cast(RotRutBasicDtoType, value)
