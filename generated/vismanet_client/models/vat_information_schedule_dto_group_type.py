from typing import Literal, cast

VatInformationScheduleDtoGroupType = Literal["Input", "Output"]

VAT_INFORMATION_SCHEDULE_DTO_GROUP_TYPE_VALUES: frozenset[VatInformationScheduleDtoGroupType] = frozenset(
    {
        "Input",
        "Output",
    }
)


def check_vat_information_schedule_dto_group_type(value: str) -> VatInformationScheduleDtoGroupType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in VAT_INFORMATION_SCHEDULE_DTO_GROUP_TYPE_VALUES.
    """
    return cast(VatInformationScheduleDtoGroupType, value)
