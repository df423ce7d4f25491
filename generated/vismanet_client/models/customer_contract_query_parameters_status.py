from typing import Literal, cast

CustomerContractQueryParametersStatus = Literal[
    "Active", "Canceled", "Completed", "Draft", "Expired", "InApproval", "InUpgrade", "PendingActivation"
]

CUSTOMER_CONTRACT_QUERY_PARAMETERS_STATUS_VALUES: frozenset[CustomerContractQueryParametersStatus] = frozenset(
    {
        "Active",
        "Canceled",
        "Completed",
        "Draft",
        "Expired",
        "InApproval",
        "InUpgrade",
        "PendingActivation",
    }
)


def check_customer_contract_query_parameters_status(value: str) -> CustomerContractQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CONTRACT_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(CustomerContractQueryParametersStatus, value)
