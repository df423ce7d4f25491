from typing import Literal, cast

CustomerSalesPriceQueryParametersPriceType = Literal["All", "Base", "Customer", "CustomerPriceClass"]

CUSTOMER_SALES_PRICE_QUERY_PARAMETERS_PRICE_TYPE_VALUES: frozenset[CustomerSalesPriceQueryParametersPriceType] = (
    frozenset(
        {
            "All",
            "Base",
            "Customer",
            "CustomerPriceClass",
        }
    )
)


def check_customer_sales_price_query_parameters_price_type(value: str) -> CustomerSalesPriceQueryParametersPriceType:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in CUSTOMER_SALES_PRICE_QUERY_PARAMETERS_PRICE_TYPE_VALUES.
    """
    return cast(CustomerSalesPriceQueryParametersPriceType, value)
