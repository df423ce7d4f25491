from typing import Literal, cast

SupplierDtoStatus = Literal["Active", "HoldPayments", "Inactive", "OneTime", "OnHold"]

SUPPLIER_DTO_STATUS_VALUES: frozenset[SupplierDtoStatus] = frozenset(
    {
        "Active",
        "HoldPayments",
        "Inactive",
        "OneTime",
        "OnHold",
    }
)


def check_supplier_dto_status(value: str) -> SupplierDtoStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DTO_STATUS_VALUES.
    """
    return cast(SupplierDtoStatus, value)
