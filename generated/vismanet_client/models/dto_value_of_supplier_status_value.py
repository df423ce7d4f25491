from typing import Literal, cast

DtoValueOfSupplierStatusValue = Literal["Active", "HoldPayments", "Inactive", "OneTime", "OnHold"]

DTO_VALUE_OF_SUPPLIER_STATUS_VALUE_VALUES: frozenset[DtoValueOfSupplierStatusValue] = frozenset(
    {
        "Active",
        "HoldPayments",
        "Inactive",
        "OneTime",
        "OnHold",
    }
)


def check_dto_value_of_supplier_status_value(value: str) -> DtoValueOfSupplierStatusValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_SUPPLIER_STATUS_VALUE_VALUES.
    """
    return cast(DtoValueOfSupplierStatusValue, value)
