from typing import Literal, cast

LandedCostDtoInDocType = Literal[
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

LANDED_COST_DTO_IN_DOC_TYPE_VALUES: frozenset[LandedCostDtoInDocType] = frozenset(
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


def check_landed_cost_dto_in_doc_type(value: str) -> LandedCostDtoInDocType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LANDED_COST_DTO_IN_DOC_TYPE_VALUES.
    """
    return cast(LandedCostDtoInDocType, value)
