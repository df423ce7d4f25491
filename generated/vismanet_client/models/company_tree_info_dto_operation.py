from typing import Literal, cast

CompanyTreeInfoDtoOperation = Literal["Delete", "Insert", "Update"]

COMPANY_TREE_INFO_DTO_OPERATION_VALUES: frozenset[CompanyTreeInfoDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_company_tree_info_dto_operation(value: str) -> CompanyTreeInfoDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in COMPANY_TREE_INFO_DTO_OPERATION_VALUES.
    """
    return cast(CompanyTreeInfoDtoOperation, value)
