from typing import Literal, cast

DtoValueOfNullableOfInventoryTransactionTypeValue = Literal["CreditNote", "DebitNote", "Invoice", "Issue", "Return"]

DTO_VALUE_OF_NULLABLE_OF_INVENTORY_TRANSACTION_TYPE_VALUE_VALUES: frozenset[
    DtoValueOfNullableOfInventoryTransactionTypeValue
] = frozenset(
    {
        "CreditNote",
        "DebitNote",
        "Invoice",
        "Issue",
        "Return",
    }
)


def check_dto_value_of_nullable_of_inventory_transaction_type_value(
    value: str,
) -> DtoValueOfNullableOfInventoryTransactionTypeValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_INVENTORY_TRANSACTION_TYPE_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfInventoryTransactionTypeValue, value)
