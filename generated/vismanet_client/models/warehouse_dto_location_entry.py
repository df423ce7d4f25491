from typing import Literal, cast

WarehouseDtoLocationEntry = Literal["NoValidate", "Validate", "Warn"]

WAREHOUSE_DTO_LOCATION_ENTRY_VALUES: frozenset[WarehouseDtoLocationEntry] = frozenset(
    {
        "NoValidate",
        "Validate",
        "Warn",
    }
)


def check_warehouse_dto_location_entry(value: str) -> WarehouseDtoLocationEntry:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in WAREHOUSE_DTO_LOCATION_ENTRY_VALUES.
    """
    return cast(WarehouseDtoLocationEntry, value)
