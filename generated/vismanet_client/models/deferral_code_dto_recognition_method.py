from typing import Literal, cast

DeferralCodeDtoRecognitionMethod = Literal[
    "CashReceipt", "EvenPeriods", "ExactDays", "FlexibileExactDays", "FlexibileProrateDays", "ProrateDays"
]

DEFERRAL_CODE_DTO_RECOGNITION_METHOD_VALUES: frozenset[DeferralCodeDtoRecognitionMethod] = frozenset(
    {
        "CashReceipt",
        "EvenPeriods",
        "ExactDays",
        "FlexibileExactDays",
        "FlexibileProrateDays",
        "ProrateDays",
    }
)


def check_deferral_code_dto_recognition_method(value: str) -> DeferralCodeDtoRecognitionMethod:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DEFERRAL_CODE_DTO_RECOGNITION_METHOD_VALUES.
    """
    return cast(DeferralCodeDtoRecognitionMethod, value)
