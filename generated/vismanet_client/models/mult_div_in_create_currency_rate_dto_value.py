from typing import Literal, cast

MultDivInCreateCurrencyRateDtoValue = Literal["Divide", "Multiply"]

MULT_DIV_IN_CREATE_CURRENCY_RATE_DTO_VALUE_VALUES: frozenset[MultDivInCreateCurrencyRateDtoValue] = frozenset(
    {
        "Divide",
        "Multiply",
    }
)


def check_mult_div_in_create_currency_rate_dto_value(value: str) -> MultDivInCreateCurrencyRateDtoValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in MULT_DIV_IN_CREATE_CURRENCY_RATE_DTO_VALUE_VALUES.
    """
    return cast(MultDivInCreateCurrencyRateDtoValue, value)
