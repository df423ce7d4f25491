from typing import Literal, cast

VatInformationDtoEuReportCode = Literal["SalesOfGoods", "SalesOfService", "Triangulation"]

VAT_INFORMATION_DTO_EU_REPORT_CODE_VALUES: frozenset[VatInformationDtoEuReportCode] = frozenset(
    {
        "SalesOfGoods",
        "SalesOfService",
        "Triangulation",
    }
)


def check_vat_information_dto_eu_report_code(value: str) -> VatInformationDtoEuReportCode:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VAT_INFORMATION_DTO_EU_REPORT_CODE_VALUES.
    """
    return cast(VatInformationDtoEuReportCode, value)
