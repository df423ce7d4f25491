from typing import Literal, cast

CustomerContractSummaryDtoInvoicingPeriod = Literal[
    "Annual", "Monthly", "OnDemand", "Quarterly", "SemiAnnual", "Statement", "Weekly"
]

CUSTOMER_CONTRACT_SUMMARY_DTO_INVOICING_PERIOD_VALUES: frozenset[CustomerContractSummaryDtoInvoicingPeriod] = frozenset(
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


def check_customer_contract_summary_dto_invoicing_period(value: str) -> CustomerContractSummaryDtoInvoicingPeriod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CONTRACT_SUMMARY_DTO_INVOICING_PERIOD_VALUES.
    """
    return cast(CustomerContractSummaryDtoInvoicingPeriod, value)
