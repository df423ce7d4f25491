from typing import Literal, cast

AccountInSupplierDocumentDtoType = Literal["Asset", "Expense", "Income", "Liability"]

ACCOUNT_IN_SUPPLIER_DOCUMENT_DTO_TYPE_VALUES: frozenset[AccountInSupplierDocumentDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_account_in_supplier_document_dto_type(value: str) -> AccountInSupplierDocumentDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ACCOUNT_IN_SUPPLIER_DOCUMENT_DTO_TYPE_VALUES.
    """
    return cast(AccountInSupplierDocumentDtoType, value)
