from typing import Literal, cast

VatPayableAccountInVatGlAccountsDtoType = Literal["Asset", "Expense", "Income", "Liability"]

VAT_PAYABLE_ACCOUNT_IN_VAT_GL_ACCOUNTS_DTO_TYPE_VALUES: frozenset[VatPayableAccountInVatGlAccountsDtoType] = frozenset(
    {
        "Asset",
        "Expense",
        "Income",
        "Liability",
    }
)


def check_vat_payable_account_in_vat_gl_accounts_dto_type(value: str) -> VatPayableAccountInVatGlAccountsDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VAT_PAYABLE_ACCOUNT_IN_VAT_GL_ACCOUNTS_DTO_TYPE_VALUES.
    """
    return cast(VatPayableAccountInVatGlAccountsDtoType, value)
