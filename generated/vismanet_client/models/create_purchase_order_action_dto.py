from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePurchaseOrderActionDto")


@_attrs_define
class CreatePurchaseOrderActionDto:
    """
    Attributes:
        order_type (str): Mandatory field
        prefer_supplier_from_so_line (bool | Unset): Supplier
    """

    order_type: str
    prefer_supplier_from_so_line: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type = self.order_type

        prefer_supplier_from_so_line = self.prefer_supplier_from_so_line

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderType": order_type,
            }
        )
        if prefer_supplier_from_so_line is not UNSET:
            field_dict["preferSupplierFromSOLine"] = prefer_supplier_from_so_line

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_type = d.pop("orderType")

        prefer_supplier_from_so_line = d.pop("preferSupplierFromSOLine", UNSET)

        create_purchase_order_action_dto = cls(
            order_type=order_type,
            prefer_supplier_from_so_line=prefer_supplier_from_so_line,
        )

        create_purchase_order_action_dto.additional_properties = d
        return create_purchase_order_action_dto

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
