from typing import Literal, cast

SupplierGetAllStatus = Literal["Active", "HoldPayments", "Inactive", "OneTime", "OnHold"]

SUPPLIER_GET_ALL_STATUS_VALUES: frozenset[SupplierGetAllStatus] = frozenset(
    {
        "Active",
        "HoldPayments",
        "Inactive",
        "OneTime",
        "OnHold",
    }
)


def check_supplier_get_all_status(value: str) -> SupplierGetAllStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_GET_ALL_STATUS_VALUES.
    """
    return cast(SupplierGetAllStatus, value)
