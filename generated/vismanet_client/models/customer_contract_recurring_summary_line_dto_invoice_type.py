from typing import Literal, cast

CustomerContractRecurringSummaryLineDtoInvoiceType = Literal["Deposits", "None", "Prepay", "Usage"]

CUSTOMER_CONTRACT_RECURRING_SUMMARY_LINE_DTO_INVOICE_TYPE_VALUES: frozenset[
    CustomerContractRecurringSummaryLineDtoInvoiceType
] = frozenset(
    {
        "Deposits",
        "None",
        "Prepay",
        "Usage",
    }
)


def check_customer_contract_recurring_summary_line_dto_invoice_type(
    value: str,
) -> CustomerContractRecurringSummaryLineDtoInvoiceType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CONTRACT_RECURRING_SUMMARY_LINE_DTO_INVOICE_TYPE_VALUES.
    """
    return cast(CustomerContractRecurringSummaryLineDtoInvoiceType, value)
