from typing import Literal, cast

WarehouseDtoFifoDefaultCost = Literal["AverageCost", "LastCost"]

WAREHOUSE_DTO_FIFO_DEFAULT_COST_VALUES: frozenset[WarehouseDtoFifoDefaultCost] = frozenset(
    {
        "AverageCost",
        "LastCost",
    }
)


def check_warehouse_dto_fifo_default_cost(value: str) -> WarehouseDtoFifoDefaultCost:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in WAREHOUSE_DTO_FIFO_DEFAULT_COST_VALUES.
    """
    return cast(WarehouseDtoFifoDefaultCost, value)
