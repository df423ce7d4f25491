from typing import Literal, cast

BranchQueryParametersOrderBy = Literal["Id", "LastModifiedDateTime", "Name", "Number", "OrganizationId"]

BRANCH_QUERY_PARAMETERS_ORDER_BY_VALUES: frozenset[BranchQueryParametersOrderBy] = frozenset(
    {
        "Id",
        "LastModifiedDateTime",
        "Name",
        "Number",
        "OrganizationId",
    }
)


def check_branch_query_parameters_order_by(value: str) -> BranchQueryParametersOrderBy:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in BRANCH_QUERY_PARAMETERS_ORDER_BY_VALUES.
    """
    return cast(BranchQueryParametersOrderBy, value)
