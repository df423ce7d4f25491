from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.primary_item_class_in_warehouse_location_dto_type import (
    PrimaryItemClassInWarehouseLocationDtoType,
    check_primary_item_class_in_warehouse_location_dto_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_attribute_dto import ClassAttributeDto


T = TypeVar("T", bound="PrimaryItemClassInWarehouseLocationDto")


@_attrs_define
class PrimaryItemClassInWarehouseLocationDto:
    """Primary item class &gt; The primary item class for this location; items of this class are received the most often or
    stored here in the highest volumes.

        Attributes:
            type_ (PrimaryItemClassInWarehouseLocationDtoType | Unset):
            attributes (list[ClassAttributeDto] | Unset):
            id (str | Unset): Click on the magnifier. &gt; The identifier.
            description (str | Unset): Click on the magnifier. &gt; The description.
    """

    type_: PrimaryItemClassInWarehouseLocationDtoType | Unset = UNSET
    attributes: list[ClassAttributeDto] | Unset = UNSET
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        id = self.id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.class_attribute_dto import ClassAttributeDto

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: PrimaryItemClassInWarehouseLocationDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_primary_item_class_in_warehouse_location_dto_type(_type_)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[ClassAttributeDto] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = ClassAttributeDto.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        primary_item_class_in_warehouse_location_dto = cls(
            type_=type_,
            attributes=attributes,
            id=id,
            description=description,
        )

        primary_item_class_in_warehouse_location_dto.additional_properties = d
        return primary_item_class_in_warehouse_location_dto

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
