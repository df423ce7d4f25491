from typing import Literal, cast

CustomerContractGetAllStatus = Literal[
    "Active", "Canceled", "Completed", "Draft", "Expired", "InApproval", "InUpgrade", "PendingActivation"
]

CUSTOMER_CONTRACT_GET_ALL_STATUS_VALUES: frozenset[CustomerContractGetAllStatus] = frozenset(
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


def check_customer_contract_get_all_status(value: str) -> CustomerContractGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CONTRACT_GET_ALL_STATUS_VALUES.
    """
    return cast(CustomerContractGetAllStatus, value)
