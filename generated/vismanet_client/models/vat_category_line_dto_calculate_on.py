from typing import Literal, cast

VatCategoryLineDtoCalculateOn = Literal[
    "DocumentAmount", "DocumenTaxAmount", "ExtractFromItemAmount", "ItemAmount", "ItemTaxAmount"
]

VAT_CATEGORY_LINE_DTO_CALCULATE_ON_VALUES: frozenset[VatCategoryLineDtoCalculateOn] = frozenset(
    {
        "DocumentAmount",
        "DocumenTaxAmount",
        "ExtractFromItemAmount",
        "ItemAmount",
        "ItemTaxAmount",
    }
)


def check_vat_category_line_dto_calculate_on(value: str) -> VatCategoryLineDtoCalculateOn:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VAT_CATEGORY_LINE_DTO_CALCULATE_ON_VALUES.
    """
    return cast(VatCategoryLineDtoCalculateOn, value)
