from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean


T = TypeVar("T", bound="ShipmentUpdateDeleteLineDto")


@_attrs_define
class ShipmentUpdateDeleteLineDto:
    """
    Attributes:
        delete_so_line (DtoValueOfBoolean):
    """

    delete_so_line: DtoValueOfBoolean
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete_so_line = self.delete_so_line.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleteSOLine": delete_so_line,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_boolean import DtoValueOfBoolean

        d = dict(src_dict)
        delete_so_line = DtoValueOfBoolean.from_dict(d.pop("deleteSOLine"))

        shipment_update_delete_line_dto = cls(
            delete_so_line=delete_so_line,
        )

        shipment_update_delete_line_dto.additional_properties = d
        return shipment_update_delete_line_dto

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
