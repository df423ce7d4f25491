from typing import Literal, cast

FinancialsDetailDtoTaxCalcMode = Literal["Gross", "Net", "TaxSetting"]

FINANCIALS_DETAIL_DTO_TAX_CALC_MODE_VALUES: frozenset[FinancialsDetailDtoTaxCalcMode] = frozenset(
    {
        "Gross",
        "Net",
        "TaxSetting",
    }
)


def check_financials_detail_dto_tax_calc_mode(value: str) -> FinancialsDetailDtoTaxCalcMode:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in FINANCIALS_DETAIL_DTO_TAX_CALC_MODE_VALUES.
    """
    return cast(FinancialsDetailDtoTaxCalcMode, value)
