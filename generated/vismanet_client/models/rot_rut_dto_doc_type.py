from typing import Literal, cast

RotRutDtoDocType = Literal[
    "CashReturn",
    "CashSale",
    "CreditNote",
    "DebitNote",
    "FinCharge",
    "Invoice",
    "NoUpdate",
    "Payment",
    "Prepayment",
    "Refund",
    "SmallBalanceWo",
    "SmallCreditWo",
    "Undefined",
    "VoidPayment",
]

ROT_RUT_DTO_DOC_TYPE_VALUES: frozenset[RotRutDtoDocType] = frozenset(
    {
        "CashReturn",
        "CashSale",
        "CreditNote",
        "DebitNote",
        "FinCharge",
        "Invoice",
        "NoUpdate",
        "Payment",
        "Prepayment",
        "Refund",
        "SmallBalanceWo",
        "SmallCreditWo",
        "Undefined",
        "VoidPayment",
    }
)


def check_rot_rut_dto_doc_type(value: str) -> RotRutDtoDocType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ROT_RUT_DTO_DOC_TYPE_VALUES.
    """
    return cast(RotRutDtoDocType, value)
