from typing import Literal, cast

EntryTypeDtoTaxCalculationMode = Literal["Gross", "Net", "TaxSetting"]

ENTRY_TYPE_DTO_TAX_CALCULATION_MODE_VALUES: frozenset[EntryTypeDtoTaxCalculationMode] = frozenset(
    {
        "Gross",
        "Net",
        "TaxSetting",
    }
)


def check_entry_type_dto_tax_calculation_mode(value: str) -> EntryTypeDtoTaxCalculationMode:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ENTRY_TYPE_DTO_TAX_CALCULATION_MODE_VALUES.
    """
    return cast(EntryTypeDtoTaxCalculationMode, value)
