from typing import Literal, cast

SupplierDtoChargeBearer = Literal["Beneficiary", "Payer", "ServiceLevel", "Shared"]

SUPPLIER_DTO_CHARGE_BEARER_VALUES: frozenset[SupplierDtoChargeBearer] = frozenset(
    {
        "Beneficiary",
        "Payer",
        "ServiceLevel",
        "Shared",
    }
)


def check_supplier_dto_charge_bearer(value: str) -> SupplierDtoChargeBearer:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DTO_CHARGE_BEARER_VALUES.
    """
    return cast(SupplierDtoChargeBearer, value)
