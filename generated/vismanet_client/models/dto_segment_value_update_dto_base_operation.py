from typing import Literal, cast

DtoSegmentValueUpdateDtoBaseOperation = Literal["Delete", "Insert", "Update"]

DTO_SEGMENT_VALUE_UPDATE_DTO_BASE_OPERATION_VALUES: frozenset[DtoSegmentValueUpdateDtoBaseOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_dto_segment_value_update_dto_base_operation(value: str) -> DtoSegmentValueUpdateDtoBaseOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_SEGMENT_VALUE_UPDATE_DTO_BASE_OPERATION_VALUES.
    """
    return cast(DtoSegmentValueUpdateDtoBaseOperation, value)
