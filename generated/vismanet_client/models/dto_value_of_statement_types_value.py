from typing import Literal, cast

DtoValueOfStatementTypesValue = Literal["BalanceBroughtForward", "OpenItem"]

DTO_VALUE_OF_STATEMENT_TYPES_VALUE_VALUES: frozenset[DtoValueOfStatementTypesValue] = frozenset(
    {
        "BalanceBroughtForward",
        "OpenItem",
    }
)


def check_dto_value_of_statement_types_value(value: str) -> DtoValueOfStatementTypesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_STATEMENT_TYPES_VALUE_VALUES.
    """
    return cast(DtoValueOfStatementTypesValue, value)
