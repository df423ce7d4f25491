from typing import Literal, cast

DtoValueOfCreditRuleValue = Literal["CreditLimit", "DaysPastDue", "Disabled", "LimitAndDaysPastDue"]

DTO_VALUE_OF_CREDIT_RULE_VALUE_VALUES: frozenset[DtoValueOfCreditRuleValue] = frozenset(
    {
        "CreditLimit",
        "DaysPastDue",
        "Disabled",
        "LimitAndDaysPastDue",
    }
)


def check_dto_value_of_credit_rule_value(value: str) -> DtoValueOfCreditRuleValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_CREDIT_RULE_VALUE_VALUES.
    """
    return cast(DtoValueOfCreditRuleValue, value)
