from typing import Literal, cast

ExpenseAccountInDepartmentDtoType = Literal["Asset", "Expense", "Income", "Liability"]

EXPENSE_ACCOUNT_IN_DEPARTMENT_DTO_TYPE_VALUES: frozenset[ExpenseAccountInDepartmentDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_expense_account_in_department_dto_type(value: str) -> ExpenseAccountInDepartmentDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EXPENSE_ACCOUNT_IN_DEPARTMENT_DTO_TYPE_VALUES.
    """
    return cast(ExpenseAccountInDepartmentDtoType, value)
