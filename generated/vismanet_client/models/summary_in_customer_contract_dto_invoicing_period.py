from typing import Literal, cast

SummaryInCustomerContractDtoInvoicingPeriod = Literal[
    "Annual", "Monthly", "OnDemand", "Quarterly", "SemiAnnual", "Statement", "Weekly"
]

SUMMARY_IN_CUSTOMER_CONTRACT_DTO_INVOICING_PERIOD_VALUES: frozenset[SummaryInCustomerContractDtoInvoicingPeriod] = (
    frozenset(
        {
            "Annual",
            "Monthly",
            "OnDemand",
            "Quarterly",
            "SemiAnnual",
            "Statement",
            "Weekly",
        }
    )
)


def check_summary_in_customer_contract_dto_invoicing_period(value: str) -> SummaryInCustomerContractDtoInvoicingPeriod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUMMARY_IN_CUSTOMER_CONTRACT_DTO_INVOICING_PERIOD_VALUES.
    """
    return cast(SummaryInCustomerContractDtoInvoicingPeriod, value)
