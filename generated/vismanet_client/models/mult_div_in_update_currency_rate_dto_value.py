from typing import Literal, cast

MultDivInUpdateCurrencyRateDtoValue = Literal["Divide", "Multiply"]

MULT_DIV_IN_UPDATE_CURRENCY_RATE_DTO_VALUE_VALUES: frozenset[MultDivInUpdateCurrencyRateDtoValue] = frozenset(
    {
        "Divide",
        "Multiply",
    }
)


def check_mult_div_in_update_currency_rate_dto_value(value: str) -> MultDivInUpdateCurrencyRateDtoValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in MULT_DIV_IN_UPDATE_CURRENCY_RATE_DTO_VALUE_VALUES.
    """
    return cast(MultDivInUpdateCurrencyRateDtoValue, value)
