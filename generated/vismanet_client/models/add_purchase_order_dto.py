from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="AddPurchaseOrderDto")


@_attrs_define
class AddPurchaseOrderDto:
    """
    Attributes:
        po_order_number (DtoValueOfString | Unset):
    """

    po_order_number: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        po_order_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.po_order_number, Unset):
            po_order_number = self.po_order_number.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if po_order_number is not UNSET:
            field_dict["poOrderNumber"] = po_order_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _po_order_number = d.pop("poOrderNumber", UNSET)
        po_order_number: DtoValueOfString | Unset
        if isinstance(_po_order_number, Unset):
            po_order_number = UNSET
        else:
            po_order_number = DtoValueOfString.from_dict(_po_order_number)

        add_purchase_order_dto = cls(
            po_order_number=po_order_number,
        )

        add_purchase_order_dto.additional_properties = d
        return add_purchase_order_dto

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
