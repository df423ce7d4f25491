from typing import Literal, cast

ChangeInventoryNbrActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

CHANGE_INVENTORY_NBR_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    ChangeInventoryNbrActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_change_inventory_nbr_action_result_dto_action_result(
    value: str,
) -> ChangeInventoryNbrActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CHANGE_INVENTORY_NBR_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ChangeInventoryNbrActionResultDtoActionResult, value)
