from typing import Literal, cast

ConfirmShipmentActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

CONFIRM_SHIPMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[ConfirmShipmentActionResultDtoActionResult] = (
    frozenset(
        {
            "Done",
            "Failed",
            "InProcess",
            "Queued",
        }
    )
)


def check_confirm_shipment_action_result_dto_action_result(value: str) -> ConfirmShipmentActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CONFIRM_SHIPMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ConfirmShipmentActionResultDtoActionResult, value)
