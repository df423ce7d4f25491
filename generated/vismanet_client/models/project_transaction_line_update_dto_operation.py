from typing import Literal, cast

ProjectTransactionLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

PROJECT_TRANSACTION_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[ProjectTransactionLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_project_transaction_line_update_dto_operation(value: str) -> ProjectTransactionLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_TRANSACTION_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(ProjectTransactionLineUpdateDtoOperation, value)
