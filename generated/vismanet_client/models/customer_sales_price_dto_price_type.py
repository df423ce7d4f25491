from typing import Literal, cast

CustomerSalesPriceDtoPriceType = Literal["All", "Base", "Customer", "CustomerPriceClass"]

CUSTOMER_SALES_PRICE_DTO_PRICE_TYPE_VALUES: frozenset[CustomerSalesPriceDtoPriceType] = frozenset(
    {
        "All",
        "Base",
        "Customer",
        "CustomerPriceClass",
    }
)


def check_customer_sales_price_dto_price_type(value: str) -> CustomerSalesPriceDtoPriceType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_SALES_PRICE_DTO_PRICE_TYPE_VALUES.
    """
    return cast(CustomerSalesPriceDtoPriceType, value)
