from typing import Literal, cast

SupplierQueryParametersStatus = Literal["Active", "HoldPayments", "Inactive", "OneTime", "OnHold"]

SUPPLIER_QUERY_PARAMETERS_STATUS_VALUES: frozenset[SupplierQueryParametersStatus] = frozenset(
    {
        "Active",
        "HoldPayments",
        "Inactive",
        "OneTime",
        "OnHold",
    }
)


def check_supplier_query_parameters_status(value: str) -> SupplierQueryParametersStatus:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_QUERY_PARAMETERS_STATUS_VALUES.
    """
    return cast(SupplierQueryParametersStatus, value)
