from typing import Literal, cast

CashTransactionDetailUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

CASH_TRANSACTION_DETAIL_UPDATE_DTO_OPERATION_VALUES: frozenset[CashTransactionDetailUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_cash_transaction_detail_update_dto_operation(value: str) -> CashTransactionDetailUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CASH_TRANSACTION_DETAIL_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(CashTransactionDetailUpdateDtoOperation, value)
