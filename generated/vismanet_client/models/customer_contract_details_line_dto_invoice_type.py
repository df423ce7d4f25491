from typing import Literal, cast

CustomerContractDetailsLineDtoInvoiceType = Literal["None", "Postpaid", "Prepaid"]

CUSTOMER_CONTRACT_DETAILS_LINE_DTO_INVOICE_TYPE_VALUES: frozenset[CustomerContractDetailsLineDtoInvoiceType] = (
    frozenset(
        {
            "None",
            "Postpaid",
            "Prepaid",
        }
    )
)


def check_customer_contract_details_line_dto_invoice_type(value: str) -> CustomerContractDetailsLineDtoInvoiceType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CONTRACT_DETAILS_LINE_DTO_INVOICE_TYPE_VALUES.
    """
    return cast(CustomerContractDetailsLineDtoInvoiceType, value)
