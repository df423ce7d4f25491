from typing import Literal, cast

KitAssemblyStockComponentAllocationsUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

KIT_ASSEMBLY_STOCK_COMPONENT_ALLOCATIONS_UPDATE_DTO_OPERATION_VALUES: frozenset[
    KitAssemblyStockComponentAllocationsUpdateDtoOperation
] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_kit_assembly_stock_component_allocations_update_dto_operation(
    value: str,
) -> KitAssemblyStockComponentAllocationsUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in KIT_ASSEMBLY_STOCK_COMPONENT_ALLOCATIONS_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(KitAssemblyStockComponentAllocationsUpdateDtoOperation, value)
