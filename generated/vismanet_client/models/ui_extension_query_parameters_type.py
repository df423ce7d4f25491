from typing import Literal, cast

UiExtensionQueryParametersType = Literal["Action", "Menu"]

UI_EXTENSION_QUERY_PARAMETERS_TYPE_VALUES: frozenset[UiExtensionQueryParametersType] = frozenset(
    {
        "Action",
        "Menu",
    }
)


def check_ui_extension_query_parameters_type(value: str) -> UiExtensionQueryParametersType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in UI_EXTENSION_QUERY_PARAMETERS_TYPE_VALUES.
    """
    return cast(UiExtensionQueryParametersType, value)
