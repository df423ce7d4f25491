from typing import Literal, cast

WorkTypeDtoRutRotType = Literal["Rot", "Rut"]

WORK_TYPE_DTO_RUT_ROT_TYPE_VALUES: frozenset[WorkTypeDtoRutRotType] = frozenset(
    {
        "Rot",
        "Rut",
    }
)


def check_work_type_dto_rut_rot_type(value: str) -> WorkTypeDtoRutRotType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in WORK_TYPE_DTO_RUT_ROT_TYPE_VALUES.
    """
    return cast(WorkTypeDtoRutRotType, value)
