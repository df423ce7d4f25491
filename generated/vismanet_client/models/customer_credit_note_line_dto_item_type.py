from typing import Literal, cast

CustomerCreditNoteLineDtoItemType = Literal["MaterialCost", "OtherCost", "Service"]

CUSTOMER_CREDIT_NOTE_LINE_DTO_ITEM_TYPE_VALUES: frozenset[CustomerCreditNoteLineDtoItemType] = frozenset(
    {
        "MaterialCost",
        "OtherCost",
        "Service",
    }
)


def check_customer_credit_note_line_dto_item_type(value: str) -> CustomerCreditNoteLineDtoItemType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_CREDIT_NOTE_LINE_DTO_ITEM_TYPE_VALUES.
    """
    return cast(CustomerCreditNoteLineDtoItemType, value)
