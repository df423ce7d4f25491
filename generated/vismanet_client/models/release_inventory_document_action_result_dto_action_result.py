from typing import Literal, cast

ReleaseInventoryDocumentActionResultDtoActionResult = Literal["Done", "Failed", "InProcess", "Queued"]

RELEASE_INVENTORY_DOCUMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES: frozenset[
    ReleaseInventoryDocumentActionResultDtoActionResult
] = frozenset(
    {
        "Done",
        "Failed",
        "InProcess",
        "Queued",
    }
)


def check_release_inventory_document_action_result_dto_action_result(
    value: str,
) -> ReleaseInventoryDocumentActionResultDtoActionResult:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in RELEASE_INVENTORY_DOCUMENT_ACTION_RESULT_DTO_ACTION_RESULT_VALUES.
    """
    return cast(ReleaseInventoryDocumentActionResultDtoActionResult, value)
