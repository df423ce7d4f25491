from typing import Literal, cast

DtoValueOfPaymentByValue = Literal["DiscountDate", "DueDate"]

DTO_VALUE_OF_PAYMENT_BY_VALUE_VALUES: frozenset[DtoValueOfPaymentByValue] = frozenset(
    {
        "DiscountDate",
        "DueDate",
    }
)


def check_dto_value_of_payment_by_value(value: str) -> DtoValueOfPaymentByValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_PAYMENT_BY_VALUE_VALUES.
    """
    return cast(DtoValueOfPaymentByValue, value)
