from typing import Literal, cast

JournalTransactionLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

JOURNAL_TRANSACTION_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[JournalTransactionLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_journal_transaction_line_update_dto_operation(value: str) -> JournalTransactionLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in JOURNAL_TRANSACTION_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(JournalTransactionLineUpdateDtoOperation, value)
