from typing import Literal, cast

VatInformationDtoVismaXmlVatType = Literal["VatTypeExempt", "VatTypeHigh", "VatTypeLow", "VatTypeMedium", "VatTypeZero"]

VAT_INFORMATION_DTO_VISMA_XML_VAT_TYPE_VALUES: frozenset[VatInformationDtoVismaXmlVatType] = frozenset(
    {
        "VatTypeExempt",
        "VatTypeHigh",
        "VatTypeLow",
        "VatTypeMedium",
        "VatTypeZero",
    }
)


def check_vat_information_dto_visma_xml_vat_type(value: str) -> VatInformationDtoVismaXmlVatType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VAT_INFORMATION_DTO_VISMA_XML_VAT_TYPE_VALUES.
    """
    return cast(VatInformationDtoVismaXmlVatType, value)
