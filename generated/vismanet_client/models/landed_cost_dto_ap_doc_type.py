from typing import Literal, cast

LandedCostDtoApDocType = Literal[
    "Check", "CreditAdj", "DebitAdj", "Invoice", "Prepayment", "QuickCheck", "Refund", "VoidCheck", "VoidQuickCheck"
]

LANDED_COST_DTO_AP_DOC_TYPE_VALUES: frozenset[LandedCostDtoApDocType] = frozenset(
    {
        "Check",
        "CreditAdj",
        "DebitAdj",
        "Invoice",
        "Prepayment",
        "QuickCheck",
        "Refund",
        "VoidCheck",
        "VoidQuickCheck",
    }
)


def check_landed_cost_dto_ap_doc_type(value: str) -> LandedCostDtoApDocType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LANDED_COST_DTO_AP_DOC_TYPE_VALUES.
    """
    return cast(LandedCostDtoApDocType, value)
