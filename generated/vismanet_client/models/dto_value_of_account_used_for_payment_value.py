from typing import Literal, cast

DtoValueOfAccountUsedForPaymentValue = Literal["BANKGIRO", "BBAN", "IBAN", "PLUSGIRO"]

DTO_VALUE_OF_ACCOUNT_USED_FOR_PAYMENT_VALUE_VALUES: frozenset[DtoValueOfAccountUsedForPaymentValue] = frozenset(
    {
        "BANKGIRO",
        "BBAN",
        "IBAN",
        "PLUSGIRO",
    }
)


def check_dto_value_of_account_used_for_payment_value(value: str) -> DtoValueOfAccountUsedForPaymentValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_ACCOUNT_USED_FOR_PAYMENT_VALUE_VALUES.
    """
    return cast(DtoValueOfAccountUsedForPaymentValue, value)
