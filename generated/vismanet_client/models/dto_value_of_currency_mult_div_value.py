from typing import Literal, cast

DtoValueOfCurrencyMultDivValue = Literal["Divide", "Multiply"]

DTO_VALUE_OF_CURRENCY_MULT_DIV_VALUE_VALUES: frozenset[DtoValueOfCurrencyMultDivValue] = frozenset(
    {
        "Divide",
        "Multiply",
    }
)


def check_dto_value_of_currency_mult_div_value(value: str) -> DtoValueOfCurrencyMultDivValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_CURRENCY_MULT_DIV_VALUE_VALUES.
    """
    return cast(DtoValueOfCurrencyMultDivValue, value)
