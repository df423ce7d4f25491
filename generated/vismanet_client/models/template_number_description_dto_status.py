from typing import Literal, cast

TemplateNumberDescriptionDtoStatus = Literal["Active", "Cancelled", "Completed", "OnHold", "PendingApproval", "Planned"]

TEMPLATE_NUMBER_DESCRIPTION_DTO_STATUS_VALUES: frozenset[TemplateNumberDescriptionDtoStatus] = frozenset(
    {
        "Active",
        "Cancelled",
        "Completed",
        "OnHold",
        "PendingApproval",
        "Planned",
    }
)


def check_template_number_description_dto_status(value: str) -> TemplateNumberDescriptionDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TEMPLATE_NUMBER_DESCRIPTION_DTO_STATUS_VALUES.
    """
    return cast(TemplateNumberDescriptionDtoStatus, value)
