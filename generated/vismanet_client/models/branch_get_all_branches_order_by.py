from typing import Literal, cast

BranchGetAllBranchesOrderBy = Literal["Id", "LastModifiedDateTime", "Name", "Number", "OrganizationId"]

BRANCH_GET_ALL_BRANCHES_ORDER_BY_VALUES: frozenset[BranchGetAllBranchesOrderBy] = frozenset(
    {
        "Id",
        "LastModifiedDateTime",
        "Name",
        "Number",
        "OrganizationId",
    }
)


def check_branch_get_all_branches_order_by(value: str) -> BranchGetAllBranchesOrderBy:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in BRANCH_GET_ALL_BRANCHES_ORDER_BY_VALUES.
    """
    return cast(BranchGetAllBranchesOrderBy, value)
