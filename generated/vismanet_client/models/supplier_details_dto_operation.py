from typing import Literal, cast

SupplierDetailsDtoOperation = Literal["Delete", "Insert", "Update"]

SUPPLIER_DETAILS_DTO_OPERATION_VALUES: frozenset[SupplierDetailsDtoOperation] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_supplier_details_dto_operation(value: str) -> SupplierDetailsDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DETAILS_DTO_OPERATION_VALUES.
    """
    return cast(SupplierDetailsDtoOperation, value)
