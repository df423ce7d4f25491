from typing import Literal, cast

ContractUsageLineUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

CONTRACT_USAGE_LINE_UPDATE_DTO_OPERATION_VALUES: frozenset[ContractUsageLineUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_contract_usage_line_update_dto_operation(value: str) -> ContractUsageLineUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CONTRACT_USAGE_LINE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(ContractUsageLineUpdateDtoOperation, value)
