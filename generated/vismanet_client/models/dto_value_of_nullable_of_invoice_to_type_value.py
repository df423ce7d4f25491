from typing import Literal, cast

DtoValueOfNullableOfInvoiceToTypeValue = Literal["CustomerAccount", "ParentAccount", "SpecificAccount"]

DTO_VALUE_OF_NULLABLE_OF_INVOICE_TO_TYPE_VALUE_VALUES: frozenset[DtoValueOfNullableOfInvoiceToTypeValue] = frozenset(
    {
        "CustomerAccount",
        "ParentAccount",
        "SpecificAccount",
    }
)


def check_dto_value_of_nullable_of_invoice_to_type_value(value: str) -> DtoValueOfNullableOfInvoiceToTypeValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_INVOICE_TO_TYPE_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfInvoiceToTypeValue, value)
