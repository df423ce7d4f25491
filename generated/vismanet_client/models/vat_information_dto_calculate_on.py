from typing import Literal, cast

VatInformationDtoCalculateOn = Literal[
    "DocumentAmount", "DocumenTaxAmount", "ExtractFromItemAmount", "ItemAmount", "ItemTaxAmount"
]

VAT_INFORMATION_DTO_CALCULATE_ON_VALUES: frozenset[VatInformationDtoCalculateOn] = frozenset(
    {
        "DocumentAmount",
        "DocumenTaxAmount",
        "ExtractFromItemAmount",
        "ItemAmount",
        "ItemTaxAmount",
    }
)


def check_vat_information_dto_calculate_on(value: str) -> VatInformationDtoCalculateOn:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VAT_INFORMATION_DTO_CALCULATE_ON_VALUES.
    """
    return cast(VatInformationDtoCalculateOn, value)
