from typing import Literal, cast

VatClaimableAccountInVatGlAccountsDtoType = Literal["Asset", "Expense", "Income", "Liability"]

VAT_CLAIMABLE_ACCOUNT_IN_VAT_GL_ACCOUNTS_DTO_TYPE_VALUES: frozenset[VatClaimableAccountInVatGlAccountsDtoType] = (
    frozenset(
        {
            "Asset",
            "Expense",
            "Income",
            "Liability",
        }
    )
)


def check_vat_claimable_account_in_vat_gl_accounts_dto_type(value: str) -> VatClaimableAccountInVatGlAccountsDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VAT_CLAIMABLE_ACCOUNT_IN_VAT_GL_ACCOUNTS_DTO_TYPE_VALUES.
    """
    return cast(VatClaimableAccountInVatGlAccountsDtoType, value)
