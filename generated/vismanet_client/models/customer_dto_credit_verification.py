from typing import Literal, cast

CustomerDtoCreditVerification = Literal["CreditLimit", "DaysPastDue", "Disabled", "LimitAndDaysPastDue"]

CUSTOMER_DTO_CREDIT_VERIFICATION_VALUES: frozenset[CustomerDtoCreditVerification] = frozenset(
    {
        "CreditLimit",
        "DaysPastDue",
        "Disabled",
        "LimitAndDaysPastDue",
    }
)


def check_customer_dto_credit_verification(value: str) -> CustomerDtoCreditVerification:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DTO_CREDIT_VERIFICATION_VALUES.
    """
    return cast(CustomerDtoCreditVerification, value)
