from typing import Literal, cast

ItemTypeInCustomerInvoiceLinesUpdateDtoValue = Literal["MaterialCost", "OtherCost", "Service"]

ITEM_TYPE_IN_CUSTOMER_INVOICE_LINES_UPDATE_DTO_VALUE_VALUES: frozenset[ItemTypeInCustomerInvoiceLinesUpdateDtoValue] = (
    frozenset(
        {
            "MaterialCost",
            "OtherCost",
            "Service",
        }
    )
)


def check_item_type_in_customer_invoice_lines_update_dto_value(
    value: str,
) -> ItemTypeInCustomerInvoiceLinesUpdateDtoValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in ITEM_TYPE_IN_CUSTOMER_INVOICE_LINES_UPDATE_DTO_VALUE_VALUES.
    """
    return cast(ItemTypeInCustomerInvoiceLinesUpdateDtoValue, value)
