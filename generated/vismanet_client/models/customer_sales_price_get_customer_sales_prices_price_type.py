from typing import Literal, cast

CustomerSalesPriceGetCustomerSalesPricesPriceType = Literal["All", "Base", "Customer", "CustomerPriceClass"]

CUSTOMER_SALES_PRICE_GET_CUSTOMER_SALES_PRICES_PRICE_TYPE_VALUES: frozenset[
    CustomerSalesPriceGetCustomerSalesPricesPriceType
] = frozenset(
    {
        "All",
        "Base",
        "Customer",
        "CustomerPriceClass",
    }
)


def check_customer_sales_price_get_customer_sales_prices_price_type(
    value: str,
) -> CustomerSalesPriceGetCustomerSalesPricesPriceType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_SALES_PRICE_GET_CUSTOMER_SALES_PRICES_PRICE_TYPE_VALUES.
    """
    return cast(CustomerSalesPriceGetCustomerSalesPricesPriceType, value)
