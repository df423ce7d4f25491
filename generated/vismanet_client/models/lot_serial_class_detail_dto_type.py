from typing import Literal, cast

LotSerialClassDetailDtoType = Literal[
    "DateConst", "DayConst", "FixedConst", "MonthConst", "MonthLongConst", "NumericVal", "YearConst", "YearLongConst"
]

LOT_SERIAL_CLASS_DETAIL_DTO_TYPE_VALUES: frozenset[LotSerialClassDetailDtoType] = frozenset(
    {
        "DateConst",
        "DayConst",
        "FixedConst",
        "MonthConst",
        "MonthLongConst",
        "NumericVal",
        "YearConst",
        "YearLongConst",
    }
)


def check_lot_serial_class_detail_dto_type(value: str) -> LotSerialClassDetailDtoType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in LOT_SERIAL_CLASS_DETAIL_DTO_TYPE_VALUES.
    """
    return cast(LotSerialClassDetailDtoType, value)
