from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackagingDto")


@_attrs_define
class PackagingDto:
    """This class represents a Packaging part of InventoryItem in InventoryItemController. Used for getting data.

    Attributes:
        base_item_weight (float | Unset): The weight of the <see cref="!:BaseUnit">Base Unit</see> of the item.
        weight_uom (str | Unset): The <see cref="!:INUnit">Unit of Measure</see> used for the <see
            cref="P:Visma.net.ERP.Web.Api.Model.V1.IN.PackagingDto.BaseItemWeight">Weight</see> of the item.
        base_item_volume (float | Unset): The volume of the <see cref="!:BaseUnit">Base Unit</see> of the item.
        volume_uom (str | Unset): The <see cref="!:INUnit">Unit of Measure</see> used for the <see
            cref="P:Visma.net.ERP.Web.Api.Model.V1.IN.PackagingDto.BaseItemVolume">Volume</see> of the item.
    """

    base_item_weight: float | Unset = UNSET
    weight_uom: str | Unset = UNSET
    base_item_volume: float | Unset = UNSET
    volume_uom: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_item_weight = self.base_item_weight

        weight_uom = self.weight_uom

        base_item_volume = self.base_item_volume

        volume_uom = self.volume_uom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_item_weight is not UNSET:
            field_dict["baseItemWeight"] = base_item_weight
        if weight_uom is not UNSET:
            field_dict["weightUOM"] = weight_uom
        if base_item_volume is not UNSET:
            field_dict["baseItemVolume"] = base_item_volume
        if volume_uom is not UNSET:
            field_dict["volumeUOM"] = volume_uom

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base_item_weight = d.pop("baseItemWeight", UNSET)

        weight_uom = d.pop("weightUOM", UNSET)

        base_item_volume = d.pop("baseItemVolume", UNSET)

        volume_uom = d.pop("volumeUOM", UNSET)

        packaging_dto = cls(
            base_item_weight=base_item_weight,
            weight_uom=weight_uom,
            base_item_volume=base_item_volume,
            volume_uom=volume_uom,
        )

        packaging_dto.additional_properties = d
        return packaging_dto

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
