from typing import Literal, cast

VatCategoryLineDtoCashDiscount = Literal["AdjustTax", "NoAdjust", "ToPromtPayment", "ToTaxableAmount", "ToTaxAmount"]

VAT_CATEGORY_LINE_DTO_CASH_DISCOUNT_VALUES: frozenset[VatCategoryLineDtoCashDiscount] = frozenset(
    {
        "AdjustTax",
        "NoAdjust",
        "ToPromtPayment",
        "ToTaxableAmount",
        "ToTaxAmount",
    }
)


def check_vat_category_line_dto_cash_discount(value: str) -> VatCategoryLineDtoCashDiscount:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VAT_CATEGORY_LINE_DTO_CASH_DISCOUNT_VALUES.
    """
    return cast(VatCategoryLineDtoCashDiscount, value)
