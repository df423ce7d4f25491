from typing import Literal, cast

DeferralCodeDtoCodeType = Literal["Expense", "Income"]

DEFERRAL_CODE_DTO_CODE_TYPE_VALUES: frozenset[DeferralCodeDtoCodeType] = frozenset(
    {
        "Expense",
        "Income",
    }
)


def check_deferral_code_dto_code_type(value: str) -> DeferralCodeDtoCodeType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DEFERRAL_CODE_DTO_CODE_TYPE_VALUES.
    """
    return cast(DeferralCodeDtoCodeType, value)
