from typing import Literal, cast

PaymentMethodDtoMeansOfPayment = Literal["CashOrCheck", "CreditCard", "DirectDeposit"]

PAYMENT_METHOD_DTO_MEANS_OF_PAYMENT_VALUES: frozenset[PaymentMethodDtoMeansOfPayment] = frozenset(
    {
        "CashOrCheck",
        "CreditCard",
        "DirectDeposit",
    }
)


def check_payment_method_dto_means_of_payment(value: str) -> PaymentMethodDtoMeansOfPayment:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PAYMENT_METHOD_DTO_MEANS_OF_PAYMENT_VALUES.
    """
    return cast(PaymentMethodDtoMeansOfPayment, value)
