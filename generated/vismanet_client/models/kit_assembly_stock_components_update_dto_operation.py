from typing import Literal, cast

KitAssemblyStockComponentsUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

KIT_ASSEMBLY_STOCK_COMPONENTS_UPDATE_DTO_OPERATION_VALUES: frozenset[KitAssemblyStockComponentsUpdateDtoOperation] = (
    frozenset(
        {
            "Delete",
            "Insert",
            "Update",
        }
    )
)


def check_kit_assembly_stock_components_update_dto_operation(
    value: str,
) -> KitAssemblyStockComponentsUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in KIT_ASSEMBLY_STOCK_COMPONENTS_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(KitAssemblyStockComponentsUpdateDtoOperation, value)
