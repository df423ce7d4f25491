from typing import Literal, cast

KitSpecificationUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

KIT_SPECIFICATION_UPDATE_DTO_OPERATION_VALUES: frozenset[KitSpecificationUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_kit_specification_update_dto_operation(value: str) -> KitSpecificationUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in KIT_SPECIFICATION_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(KitSpecificationUpdateDtoOperation, value)
