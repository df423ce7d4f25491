from typing import Literal, cast

TimeCardMaterialsUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

TIME_CARD_MATERIALS_UPDATE_DTO_OPERATION_VALUES: frozenset[TimeCardMaterialsUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_time_card_materials_update_dto_operation(value: str) -> TimeCardMaterialsUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TIME_CARD_MATERIALS_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(TimeCardMaterialsUpdateDtoOperation, value)
