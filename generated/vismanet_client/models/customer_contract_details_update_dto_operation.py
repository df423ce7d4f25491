from typing import Literal, cast

CustomerContractDetailsUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

CUSTOMER_CONTRACT_DETAILS_UPDATE_DTO_OPERATION_VALUES: frozenset[CustomerContractDetailsUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_customer_contract_details_update_dto_operation(value: str) -> CustomerContractDetailsUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CONTRACT_DETAILS_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(CustomerContractDetailsUpdateDtoOperation, value)
