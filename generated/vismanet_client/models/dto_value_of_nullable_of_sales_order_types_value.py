from typing import Literal, cast

DtoValueOfNullableOfSalesOrderTypesValue = Literal[
    "CreditNote", "DebitNote", "Invoice", "QuoteOrder", "RMAOrder", "SalesOrder", "StandardOrder", "TransferOrder"
]

DTO_VALUE_OF_NULLABLE_OF_SALES_ORDER_TYPES_VALUE_VALUES: frozenset[DtoValueOfNullableOfSalesOrderTypesValue] = (
    frozenset(
        {
            "CreditNote",
            "DebitNote",
            "Invoice",
            "QuoteOrder",
            "RMAOrder",
            "SalesOrder",
            "StandardOrder",
            "TransferOrder",
        }
    )
)


def check_dto_value_of_nullable_of_sales_order_types_value(value: str) -> DtoValueOfNullableOfSalesOrderTypesValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_SALES_ORDER_TYPES_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfSalesOrderTypesValue, value)
