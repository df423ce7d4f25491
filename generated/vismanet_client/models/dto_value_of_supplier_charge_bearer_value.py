from typing import Literal, cast

DtoValueOfSupplierChargeBearerValue = Literal["Beneficiary", "Payer", "ServiceLevel", "Shared"]

DTO_VALUE_OF_SUPPLIER_CHARGE_BEARER_VALUE_VALUES: frozenset[DtoValueOfSupplierChargeBearerValue] = frozenset(
    {
        "Beneficiary",
        "Payer",
        "ServiceLevel",
        "Shared",
    }
)


def check_dto_value_of_supplier_charge_bearer_value(value: str) -> DtoValueOfSupplierChargeBearerValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_SUPPLIER_CHARGE_BEARER_VALUE_VALUES.
    """
    return cast(DtoValueOfSupplierChargeBearerValue, value)
