from typing import Literal, cast

CustomerDtoStatementType = Literal["BalanceBroughtForward", "OpenItem"]

CUSTOMER_DTO_STATEMENT_TYPE_VALUES: frozenset[CustomerDtoStatementType] = frozenset(
    {
        "BalanceBroughtForward",
        "OpenItem",
    }
)


def check_customer_dto_statement_type(value: str) -> CustomerDtoStatementType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DTO_STATEMENT_TYPE_VALUES.
    """
    return cast(CustomerDtoStatementType, value)
