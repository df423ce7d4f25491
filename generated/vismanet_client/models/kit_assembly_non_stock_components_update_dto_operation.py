from typing import Literal, cast

KitAssemblyNonStockComponentsUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

KIT_ASSEMBLY_NON_STOCK_COMPONENTS_UPDATE_DTO_OPERATION_VALUES: frozenset[
    KitAssemblyNonStockComponentsUpdateDtoOperation
] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_kit_assembly_non_stock_components_update_dto_operation(
    value: str,
) -> KitAssemblyNonStockComponentsUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in KIT_ASSEMBLY_NON_STOCK_COMPONENTS_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(KitAssemblyNonStockComponentsUpdateDtoOperation, value)
