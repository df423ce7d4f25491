from typing import Literal, cast

TemplateInProjectDtoStatus = Literal["Active", "Cancelled", "Completed", "OnHold", "PendingApproval", "Planned"]

TEMPLATE_IN_PROJECT_DTO_STATUS_VALUES: frozenset[TemplateInProjectDtoStatus] = frozenset(
    {
        "Active",
        "Cancelled",
        "Completed",
        "OnHold",
        "PendingApproval",
        "Planned",
    }
)


def check_template_in_project_dto_status(value: str) -> TemplateInProjectDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in TEMPLATE_IN_PROJECT_DTO_STATUS_VALUES.
    """
    return cast(TemplateInProjectDtoStatus, value)
