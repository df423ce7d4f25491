from typing import Literal, cast

CustomerDebitNoteLineDtoItemType = Literal["MaterialCost", "OtherCost", "Service"]

CUSTOMER_DEBIT_NOTE_LINE_DTO_ITEM_TYPE_VALUES: frozenset[CustomerDebitNoteLineDtoItemType] = frozenset(
    {
        "MaterialCost",
        "OtherCost",
        "Service",
    }
)


def check_customer_debit_note_line_dto_item_type(value: str) -> CustomerDebitNoteLineDtoItemType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_DEBIT_NOTE_LINE_DTO_ITEM_TYPE_VALUES.
    """
    return cast(CustomerDebitNoteLineDtoItemType, value)
