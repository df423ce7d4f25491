from typing import Literal, cast

KitSpecificationNonStockComponentsUpdateDtoOperation = Literal["Delete", "Insert", "Update"]

KIT_SPECIFICATION_NON_STOCK_COMPONENTS_UPDATE_DTO_OPERATION_VALUES: frozenset[
    KitSpecificationNonStockComponentsUpdateDtoOperation
] = frozenset(
    {
        "Delete",
        "Insert",
        "Update",
    }
)


def check_kit_specification_non_stock_components_update_dto_operation(
    value: str,
) -> KitSpecificationNonStockComponentsUpdateDtoOperation:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in KIT_SPECIFICATION_NON_STOCK_COMPONENTS_UPDATE_DTO_OPERATION_VALUES.
    """
    return cast(KitSpecificationNonStockComponentsUpdateDtoOperation, value)
