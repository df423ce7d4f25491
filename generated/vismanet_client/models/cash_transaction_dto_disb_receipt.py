from typing import Literal, cast

CashTransactionDtoDisbReceipt = Literal["Disbursement", "Receipt"]

CASH_TRANSACTION_DTO_DISB_RECEIPT_VALUES: frozenset[CashTransactionDtoDisbReceipt] = frozenset(
    {
        "Disbursement",
        "Receipt",
    }
)


def check_cash_transaction_dto_disb_receipt(value: str) -> CashTransactionDtoDisbReceipt:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CASH_TRANSACTION_DTO_DISB_RECEIPT_VALUES.
    """
    return cast(CashTransactionDtoDisbReceipt, value)
