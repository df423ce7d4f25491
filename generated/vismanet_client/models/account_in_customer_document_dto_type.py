from typing import Literal, cast

AccountInCustomerDocumentDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_CUSTOMER_DOCUMENT_DTO_TYPE_VALUES: frozenset[AccountInCustomerDocumentDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_customer_document_dto_type(value: str) -> AccountInCustomerDocumentDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_CUSTOMER_DOCUMENT_DTO_TYPE_VALUES.
    """
    return cast(AccountInCustomerDocumentDtoType, value)
