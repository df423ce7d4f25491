from typing import Literal, cast

CreateShipmentActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

CREATE_SHIPMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[CreateShipmentActionResultDtoActionResult] = (
    frozenset(
        {
            "Done",
            "Failed",
            "InProcess",
            "Queued",
        }
    )
)


def check_create_shipment_action_result_dto_action_result(value: str) -> CreateShipmentActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CREATE_SHIPMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(CreateShipmentActionResultDtoActionResult, value)
