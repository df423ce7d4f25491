from typing import Literal, cast

SalesOrderTypeDtoCustomerDocumentType = Literal[
    "CashReturn", "CashSale", "CreditMemo", "DebitMemo", "Invoice", "NoUpdate"
]

SALES_ORDER_TYPE_DTO_CUSTOMER_DOCUMENT_TYPE_VALUES: frozenset[SalesOrderTypeDtoCustomerDocumentType] = frozenset(
    {
        "CashReturn",
        "CashSale",
        "CreditMemo",
        "DebitMemo",
        "Invoice",
        "NoUpdate",
    }
)


def check_sales_order_type_dto_customer_document_type(value: str) -> SalesOrderTypeDtoCustomerDocumentType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in SALES_ORDER_TYPE_DTO_CUSTOMER_DOCUMENT_TYPE_VALUES.
    """
    return cast(SalesOrderTypeDtoCustomerDocumentType, value)
