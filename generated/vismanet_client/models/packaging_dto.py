from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackagingDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "base_item_weight",
    "weight_uom",
    "base_item_volume",
    "volume_uom",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.base_item_weight = _rest.pop("baseItemWeight", UNSET)
        _instance.weight_uom = _rest.pop("weightUOM", UNSET)
        _instance.base_item_volume = _rest.pop("baseItemVolume", UNSET)
        _instance.volume_uom = _rest.pop("volumeUOM", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        _instance.additional_properties = dict(_rest) if _rest else {}
        return _instance

    def __repr__(self) -> str:
        """Only the fields that are set: a Visma DTO has dozens of fields and a record usually fills a few."""
        fields = [f"{name}={value!r}" for name in _FIELD_NAMES if (value := getattr(self, name)) is not UNSET]
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

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
