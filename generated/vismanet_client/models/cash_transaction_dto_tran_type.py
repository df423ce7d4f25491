from typing import Literal, cast

CashTransactionDtoTranType = Literal["Adjustment", "TransferExp", "TransferIn", "TransferOut"]

CASH_TRANSACTION_DTO_TRAN_TYPE_VALUES: frozenset[CashTransactionDtoTranType] = frozenset(
    {
        "Adjustment",
        "TransferExp",
        "TransferIn",
        "TransferOut",
    }
)


def check_cash_transaction_dto_tran_type(value: str) -> CashTransactionDtoTranType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CASH_TRANSACTION_DTO_TRAN_TYPE_VALUES.
    """
    return cast(CashTransactionDtoTranType, value)
