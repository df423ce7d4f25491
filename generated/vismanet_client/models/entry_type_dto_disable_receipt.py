from typing import Literal, cast

EntryTypeDtoDisableReceipt = Literal["Disbursement", "Receipt"]

ENTRY_TYPE_DTO_DISABLE_RECEIPT_VALUES: frozenset[EntryTypeDtoDisableReceipt] = frozenset(
    {
        "Disbursement",
        "Receipt",
    }
)


def check_entry_type_dto_disable_receipt(value: str) -> EntryTypeDtoDisableReceipt:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ENTRY_TYPE_DTO_DISABLE_RECEIPT_VALUES.
    """
    return cast(EntryTypeDtoDisableReceipt, value)
