from typing import Literal, cast

CustSalesPeopleUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

CUST_SALES_PEOPLE_UPDATE_DTO_OPERATION_VALUES: frozenset[CustSalesPeopleUpdateDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_cust_sales_people_update_dto_operation(value: str) -> CustSalesPeopleUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUST_SALES_PEOPLE_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(CustSalesPeopleUpdateDtoOperation, value)
