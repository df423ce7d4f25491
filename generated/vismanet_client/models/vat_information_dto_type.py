from typing import Literal, cast

VatInformationDtoType = Literal[
    "DirectVat", "ExemptVat", "PendingVat", "ReverseVat", "Sales", "StatisticalVat", "Use", "Vat", "Withholding"
]

VAT_INFORMATION_DTO_TYPE_VALUES: frozenset[VatInformationDtoType] = frozenset(
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


def check_vat_information_dto_type(value: str) -> VatInformationDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VAT_INFORMATION_DTO_TYPE_VALUES.
    """
    return cast(VatInformationDtoType, value)
