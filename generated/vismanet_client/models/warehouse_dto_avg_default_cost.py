from typing import Literal, cast

WarehouseDtoAvgDefaultCost = Literal["AverageCost", "LastCost"]

WAREHOUSE_DTO_AVG_DEFAULT_COST_VALUES: frozenset[WarehouseDtoAvgDefaultCost] = frozenset(
    {
        "AverageCost",
        "LastCost",
    }
)


def check_warehouse_dto_avg_default_cost(value: str) -> WarehouseDtoAvgDefaultCost:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in WAREHOUSE_DTO_AVG_DEFAULT_COST_VALUES.
    """
    return cast(WarehouseDtoAvgDefaultCost, value)
