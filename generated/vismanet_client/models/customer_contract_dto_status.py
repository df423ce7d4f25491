from typing import Literal, cast

CustomerContractDtoStatus = Literal[
    "Active", "Canceled", "Completed", "Draft", "Expired", "InApproval", "InUpgrade", "PendingActivation"
]

CUSTOMER_CONTRACT_DTO_STATUS_VALUES: frozenset[CustomerContractDtoStatus] = frozenset(
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


def check_customer_contract_dto_status(value: str) -> CustomerContractDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CONTRACT_DTO_STATUS_VALUES.
    """
    return cast(CustomerContractDtoStatus, value)
