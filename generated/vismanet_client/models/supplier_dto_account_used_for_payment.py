from typing import Literal, cast

SupplierDtoAccountUsedForPayment = Literal["BANKGIRO", "BBAN", "IBAN", "PLUSGIRO"]

SUPPLIER_DTO_ACCOUNT_USED_FOR_PAYMENT_VALUES: frozenset[SupplierDtoAccountUsedForPayment] = frozenset(
    {
        "BANKGIRO",
        "BBAN",
        "IBAN",
        "PLUSGIRO",
    }
)


def check_supplier_dto_account_used_for_payment(value: str) -> SupplierDtoAccountUsedForPayment:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SUPPLIER_DTO_ACCOUNT_USED_FOR_PAYMENT_VALUES.
    """
    return cast(SupplierDtoAccountUsedForPayment, value)
