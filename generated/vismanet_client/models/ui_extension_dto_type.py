from typing import Literal, cast

UiExtensionDtoType = Literal["Action", "Menu"]

UI_EXTENSION_DTO_TYPE_VALUES: frozenset[UiExtensionDtoType] = frozenset(
    {
        "Action",
        "Menu",
    }
)


def check_ui_extension_dto_type(value: str) -> UiExtensionDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in UI_EXTENSION_DTO_TYPE_VALUES.
    """
    return cast(UiExtensionDtoType, value)
