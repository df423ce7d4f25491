from typing import Literal, cast

AccountInGeneralLedgerTransactionDetailsDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_GENERAL_LEDGER_TRANSACTION_DETAILS_DTO_TYPE_VALUES: frozenset[
    AccountInGeneralLedgerTransactionDetailsDtoType
] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_general_ledger_transaction_details_dto_type(
    value: str,
) -> AccountInGeneralLedgerTransactionDetailsDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_GENERAL_LEDGER_TRANSACTION_DETAILS_DTO_TYPE_VALUES.
    """
    return cast(AccountInGeneralLedgerTransactionDetailsDtoType, value)
