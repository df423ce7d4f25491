from typing import Literal, cast

CustomerInvoiceLineDtoItemType = Literal["MaterialCost", "OtherCost", "Service"]

CUSTOMER_INVOICE_LINE_DTO_ITEM_TYPE_VALUES: frozenset[CustomerInvoiceLineDtoItemType] = frozenset(
    {
        "MaterialCost",
        "OtherCost",
        "Service",
    }
)


def check_customer_invoice_line_dto_item_type(value: str) -> CustomerInvoiceLineDtoItemType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_INVOICE_LINE_DTO_ITEM_TYPE_VALUES.
    """
    return cast(CustomerInvoiceLineDtoItemType, value)
