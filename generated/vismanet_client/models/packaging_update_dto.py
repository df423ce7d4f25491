from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_item_volume_in_packaging_update_dto import BaseItemVolumeInPackagingUpdateDto
    from ..models.base_item_weight_in_packaging_update_dto import BaseItemWeightInPackagingUpdateDto
    from ..models.volume_uom_in_packaging_update_dto import VolumeUOMInPackagingUpdateDto
    from ..models.weight_uom_in_packaging_update_dto import WeightUOMInPackagingUpdateDto


T = TypeVar("T", bound="PackagingUpdateDto")


@_attrs_define
class PackagingUpdateDto:
    """This class represents a Packaging part of InventoryItem in InventoryItemController. Used for insert/update data.

    Attributes:
        base_item_weight (BaseItemWeightInPackagingUpdateDto | Unset): The weight of the <see cref="!:BaseUnit">Base
            Unit</see> of the item.
        weight_uom (WeightUOMInPackagingUpdateDto | Unset): The <see cref="!:INUnit">Unit of Measure</see> used for the
            <see cref="P:Visma.net.ERP.Web.Api.Model.V1.IN.PackagingUpdateDto.BaseItemWeight">Weight</see> of the item.
        base_item_volume (BaseItemVolumeInPackagingUpdateDto | Unset): The volume of the <see cref="!:BaseUnit">Base
            Unit</see> of the item.
        volume_uom (VolumeUOMInPackagingUpdateDto | Unset): The <see cref="!:INUnit">Unit of Measure</see> used for the
            <see cref="P:Visma.net.ERP.Web.Api.Model.V1.IN.PackagingUpdateDto.BaseItemVolume">Volume</see> of the item.
    """

    base_item_weight: BaseItemWeightInPackagingUpdateDto | Unset = UNSET
    weight_uom: WeightUOMInPackagingUpdateDto | Unset = UNSET
    base_item_volume: BaseItemVolumeInPackagingUpdateDto | Unset = UNSET
    volume_uom: VolumeUOMInPackagingUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_item_weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_item_weight, Unset):
            base_item_weight = self.base_item_weight.to_dict()

        weight_uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weight_uom, Unset):
            weight_uom = self.weight_uom.to_dict()

        base_item_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_item_volume, Unset):
            base_item_volume = self.base_item_volume.to_dict()

        volume_uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume_uom, Unset):
            volume_uom = self.volume_uom.to_dict()

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
        from ..models.base_item_volume_in_packaging_update_dto import BaseItemVolumeInPackagingUpdateDto
        from ..models.base_item_weight_in_packaging_update_dto import BaseItemWeightInPackagingUpdateDto
        from ..models.volume_uom_in_packaging_update_dto import VolumeUOMInPackagingUpdateDto
        from ..models.weight_uom_in_packaging_update_dto import WeightUOMInPackagingUpdateDto

        d = dict(src_dict)
        _base_item_weight = d.pop("baseItemWeight", UNSET)
        base_item_weight: BaseItemWeightInPackagingUpdateDto | Unset
        if isinstance(_base_item_weight, Unset):
            base_item_weight = UNSET
        else:
            base_item_weight = BaseItemWeightInPackagingUpdateDto.from_dict(_base_item_weight)

        _weight_uom = d.pop("weightUOM", UNSET)
        weight_uom: WeightUOMInPackagingUpdateDto | Unset
        if isinstance(_weight_uom, Unset):
            weight_uom = UNSET
        else:
            weight_uom = WeightUOMInPackagingUpdateDto.from_dict(_weight_uom)

        _base_item_volume = d.pop("baseItemVolume", UNSET)
        base_item_volume: BaseItemVolumeInPackagingUpdateDto | Unset
        if isinstance(_base_item_volume, Unset):
            base_item_volume = UNSET
        else:
            base_item_volume = BaseItemVolumeInPackagingUpdateDto.from_dict(_base_item_volume)

        _volume_uom = d.pop("volumeUOM", UNSET)
        volume_uom: VolumeUOMInPackagingUpdateDto | Unset
        if isinstance(_volume_uom, Unset):
            volume_uom = UNSET
        else:
            volume_uom = VolumeUOMInPackagingUpdateDto.from_dict(_volume_uom)

        packaging_update_dto = cls(
            base_item_weight=base_item_weight,
            weight_uom=weight_uom,
            base_item_volume=base_item_volume,
            volume_uom=volume_uom,
        )

        packaging_update_dto.additional_properties = d
        return packaging_update_dto

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
