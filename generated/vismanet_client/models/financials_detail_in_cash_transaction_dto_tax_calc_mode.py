from typing import Literal, cast

FinancialsDetailInCashTransactionDtoTaxCalcMode = Literal["Gross", "Net", "TaxSetting"]

FINANCIALS_DETAIL_IN_CASH_TRANSACTION_DTO_TAX_CALC_MODE_VALUES: frozenset[
    FinancialsDetailInCashTransactionDtoTaxCalcMode
] = frozenset(
    {
        "Gross",
        "Net",
        "TaxSetting",
    }
)


def check_financials_detail_in_cash_transaction_dto_tax_calc_mode(
    value: str,
) -> FinancialsDetailInCashTransactionDtoTaxCalcMode:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in FINANCIALS_DETAIL_IN_CASH_TRANSACTION_DTO_TAX_CALC_MODE_VALUES.
    """
    return cast(FinancialsDetailInCashTransactionDtoTaxCalcMode, value)
