from typing import Literal, cast

VatCategoryLineDtoType = Literal[
    "DirectVat", "ExemptVat", "PendingVat", "ReverseVat", "Sales", "StatisticalVat", "Use", "Vat", "Withholding"
]

VAT_CATEGORY_LINE_DTO_TYPE_VALUES: frozenset[VatCategoryLineDtoType] = frozenset(
    {
        "DirectVat",
        "ExemptVat",
        "PendingVat",
        "ReverseVat",
        "Sales",
        "StatisticalVat",
        "Use",
        "Vat",
        "Withholding",
    }
)


def check_vat_category_line_dto_type(value: str) -> VatCategoryLineDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VAT_CATEGORY_LINE_DTO_TYPE_VALUES.
    """
    return cast(VatCategoryLineDtoType, value)
