from typing import Literal, cast

UiExtensionGetAllUiExtensionsByownerIdType = Literal["Action", "Menu"]

UI_EXTENSION_GET_ALL_UI_EXTENSIONS_BYOWNER_ID_TYPE_VALUES: frozenset[UiExtensionGetAllUiExtensionsByownerIdType] = (
    frozenset(
        {
            "Action",
            "Menu",
        }
    )
)


def check_ui_extension_get_all_ui_extensions_byowner_id_type(value: str) -> UiExtensionGetAllUiExtensionsByownerIdType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in UI_EXTENSION_GET_ALL_UI_EXTENSIONS_BYOWNER_ID_TYPE_VALUES.
    """
    return cast(UiExtensionGetAllUiExtensionsByownerIdType, value)
