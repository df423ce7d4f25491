from typing import Literal, cast

FinancialPeriodAmountUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

FINANCIAL_PERIOD_AMOUNT_UPDATE_DTO_OPERATION_VALUES: frozenset[FinancialPeriodAmountUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_financial_period_amount_update_dto_operation(value: str) -> FinancialPeriodAmountUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in FINANCIAL_PERIOD_AMOUNT_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(FinancialPeriodAmountUpdateDtoOperation, value)
