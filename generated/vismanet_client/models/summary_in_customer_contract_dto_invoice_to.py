from typing import Literal, cast

SummaryInCustomerContractDtoInvoiceTo = Literal["CustomerAccount", "ParentAccount", "SpecificAccount"]

SUMMARY_IN_CUSTOMER_CONTRACT_DTO_INVOICE_TO_VALUES: frozenset[SummaryInCustomerContractDtoInvoiceTo] = frozenset(
    {
        "CustomerAccount",
        "ParentAccount",
        "SpecificAccount",
    }
)


def check_summary_in_customer_contract_dto_invoice_to(value: str) -> SummaryInCustomerContractDtoInvoiceTo:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUMMARY_IN_CUSTOMER_CONTRACT_DTO_INVOICE_TO_VALUES.
    """
    return cast(SummaryInCustomerContractDtoInvoiceTo, value)
