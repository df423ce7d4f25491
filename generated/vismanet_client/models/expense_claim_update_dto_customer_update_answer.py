from typing import Literal, cast

ExpenseClaimUpdateDtoCustomerUpdateAnswer = Literal["AllLines", "Nothing", "SelectedCustomer"]

EXPENSE_CLAIM_UPDATE_DTO_CUSTOMER_UPDATE_ANSWER_VALUES: frozenset[ExpenseClaimUpdateDtoCustomerUpdateAnswer] = (
    frozenset(
        {
            "AllLines",
            "Nothing",
            "SelectedCustomer",
        }
    )
)


def check_expense_claim_update_dto_customer_update_answer(value: str) -> ExpenseClaimUpdateDtoCustomerUpdateAnswer:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in EXPENSE_CLAIM_UPDATE_DTO_CUSTOMER_UPDATE_ANSWER_VALUES.
    """
    return cast(ExpenseClaimUpdateDtoCustomerUpdateAnswer, value)
