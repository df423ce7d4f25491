from typing import Literal, cast

DtoValueOfNullableOfTaxCalcModeValue = Literal["Gross", "Net", "TaxSetting"]

DTO_VALUE_OF_NULLABLE_OF_TAX_CALC_MODE_VALUE_VALUES: frozenset[DtoValueOfNullableOfTaxCalcModeValue] = frozenset(
    {
        "Gross",
        "Net",
        "TaxSetting",
    }
)


def check_dto_value_of_nullable_of_tax_calc_mode_value(value: str) -> DtoValueOfNullableOfTaxCalcModeValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_TAX_CALC_MODE_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfTaxCalcModeValue, value)
