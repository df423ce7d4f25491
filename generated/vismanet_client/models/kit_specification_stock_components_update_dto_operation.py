from typing import Literal, cast

KitSpecificationStockComponentsUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

KIT_SPECIFICATION_STOCK_COMPONENTS_UPDATE_DTO_OPERATION_VALUES: frozenset[
    KitSpecificationStockComponentsUpdateDtoOperation
] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_kit_specification_stock_components_update_dto_operation(
    value: str,
) -> KitSpecificationStockComponentsUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in KIT_SPECIFICATION_STOCK_COMPONENTS_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(KitSpecificationStockComponentsUpdateDtoOperation, value)
