from typing import Literal, cast

CustomerContractSummaryDtoInvoiceTo = Literal["CustomerAccount", "ParentAccount", "SpecificAccount"]

CUSTOMER_CONTRACT_SUMMARY_DTO_INVOICE_TO_VALUES: frozenset[CustomerContractSummaryDtoInvoiceTo] = frozenset(
    {
        "CustomerAccount",
        "ParentAccount",
        "SpecificAccount",
    }
)


def check_customer_contract_summary_dto_invoice_to(value: str) -> CustomerContractSummaryDtoInvoiceTo:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CONTRACT_SUMMARY_DTO_INVOICE_TO_VALUES.
    """
    return cast(CustomerContractSummaryDtoInvoiceTo, value)
