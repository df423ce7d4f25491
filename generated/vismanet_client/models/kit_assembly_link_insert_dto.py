from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_line_number_in_kit_assembly_link_insert_dto import OrderLineNumberInKitAssemblyLinkInsertDto
    from ..models.order_number_in_kit_assembly_link_insert_dto import OrderNumberInKitAssemblyLinkInsertDto
    from ..models.order_type_in_kit_assembly_link_insert_dto import OrderTypeInKitAssemblyLinkInsertDto


T = TypeVar("T", bound="KitAssemblyLinkInsertDto")


@_attrs_define
class KitAssemblyLinkInsertDto:
    """
    Attributes:
        order_type (OrderTypeInKitAssemblyLinkInsertDto | Unset): Reference to the order type that the kit assembly is
            connected to
        order_number (OrderNumberInKitAssemblyLinkInsertDto | Unset): Reference to the order number that the kit
            assembly is connected to
        order_line_number (OrderLineNumberInKitAssemblyLinkInsertDto | Unset): Reference to the order line number that
            the kit assembly is connected to
    """

    order_type: OrderTypeInKitAssemblyLinkInsertDto | Unset = UNSET
    order_number: OrderNumberInKitAssemblyLinkInsertDto | Unset = UNSET
    order_line_number: OrderLineNumberInKitAssemblyLinkInsertDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.to_dict()

        order_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_number, Unset):
            order_number = self.order_number.to_dict()

        order_line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_line_number, Unset):
            order_line_number = self.order_line_number.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if order_line_number is not UNSET:
            field_dict["orderLineNumber"] = order_line_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_line_number_in_kit_assembly_link_insert_dto import OrderLineNumberInKitAssemblyLinkInsertDto
        from ..models.order_number_in_kit_assembly_link_insert_dto import OrderNumberInKitAssemblyLinkInsertDto
        from ..models.order_type_in_kit_assembly_link_insert_dto import OrderTypeInKitAssemblyLinkInsertDto

        d = dict(src_dict)
        _order_type = d.pop("orderType", UNSET)
        order_type: OrderTypeInKitAssemblyLinkInsertDto | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = OrderTypeInKitAssemblyLinkInsertDto.from_dict(_order_type)

        _order_number = d.pop("orderNumber", UNSET)
        order_number: OrderNumberInKitAssemblyLinkInsertDto | Unset
        if isinstance(_order_number, Unset):
            order_number = UNSET
        else:
            order_number = OrderNumberInKitAssemblyLinkInsertDto.from_dict(_order_number)

        _order_line_number = d.pop("orderLineNumber", UNSET)
        order_line_number: OrderLineNumberInKitAssemblyLinkInsertDto | Unset
        if isinstance(_order_line_number, Unset):
            order_line_number = UNSET
        else:
            order_line_number = OrderLineNumberInKitAssemblyLinkInsertDto.from_dict(_order_line_number)

        kit_assembly_link_insert_dto = cls(
            order_type=order_type,
            order_number=order_number,
            order_line_number=order_line_number,
        )

        kit_assembly_link_insert_dto.additional_properties = d
        return kit_assembly_link_insert_dto

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
