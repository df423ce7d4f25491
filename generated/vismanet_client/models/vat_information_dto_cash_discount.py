from typing import Literal, cast

VatInformationDtoCashDiscount = Literal["AdjustTax", "NoAdjust", "ToPromtPayment", "ToTaxableAmount", "ToTaxAmount"]

VAT_INFORMATION_DTO_CASH_DISCOUNT_VALUES: frozenset[VatInformationDtoCashDiscount] = frozenset(
    {
        "AdjustTax",
        "NoAdjust",
        "ToPromtPayment",
        "ToTaxableAmount",
        "ToTaxAmount",
    }
)


def check_vat_information_dto_cash_discount(value: str) -> VatInformationDtoCashDiscount:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VAT_INFORMATION_DTO_CASH_DISCOUNT_VALUES.
    """
    return cast(VatInformationDtoCashDiscount, value)
