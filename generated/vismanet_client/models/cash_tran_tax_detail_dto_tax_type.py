from typing import Literal, cast

CashTranTaxDetailDtoTaxType = Literal["Sales", "Use", "Vat", "Withholding"]

CASH_TRAN_TAX_DETAIL_DTO_TAX_TYPE_VALUES: frozenset[CashTranTaxDetailDtoTaxType] = frozenset(
    {
        "Sales",
        "Use",
        "Vat",
        "Withholding",
    }
)


def check_cash_tran_tax_detail_dto_tax_type(value: str) -> CashTranTaxDetailDtoTaxType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CASH_TRAN_TAX_DETAIL_DTO_TAX_TYPE_VALUES.
    """
    return cast(CashTranTaxDetailDtoTaxType, value)
