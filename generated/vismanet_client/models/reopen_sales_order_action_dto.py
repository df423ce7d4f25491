from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sale_order_update_dto_in_reopen_sales_order_action_dto import (
        SaleOrderUpdateDtoInReopenSalesOrderActionDto,
    )


T = TypeVar("T", bound="ReopenSalesOrderActionDto")


@_attrs_define
class ReopenSalesOrderActionDto:
    """
    Attributes:
        sale_order_update_dto (SaleOrderUpdateDtoInReopenSalesOrderActionDto): Mandatory
    """

    sale_order_update_dto: SaleOrderUpdateDtoInReopenSalesOrderActionDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sale_order_update_dto = self.sale_order_update_dto.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "saleOrderUpdateDto": sale_order_update_dto,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sale_order_update_dto_in_reopen_sales_order_action_dto import (
            SaleOrderUpdateDtoInReopenSalesOrderActionDto,
        )

        d = dict(src_dict)
        sale_order_update_dto = SaleOrderUpdateDtoInReopenSalesOrderActionDto.from_dict(d.pop("saleOrderUpdateDto"))

        reopen_sales_order_action_dto = cls(
            sale_order_update_dto=sale_order_update_dto,
        )

        reopen_sales_order_action_dto.additional_properties = d
        return reopen_sales_order_action_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
