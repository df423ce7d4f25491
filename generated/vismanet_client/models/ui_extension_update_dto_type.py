from typing import Literal, cast

UiExtensionUpdateDtoType = Literal["Action", "Menu"]

UI_EXTENSION_UPDATE_DTO_TYPE_VALUES: frozenset[UiExtensionUpdateDtoType] = frozenset(
    {
        "Action",
        "Menu",
    }
)


def check_ui_extension_update_dto_type(value: str) -> UiExtensionUpdateDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in UI_EXTENSION_UPDATE_DTO_TYPE_VALUES.
    """
    return cast(UiExtensionUpdateDtoType, value)
