from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="PackagingTypeDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "box_id",
    "description",
    "box_weight",
    "max_weight",
    "weight_uo_m",
    "max_volume",
    "volume_uo_m",
    "length",
    "width",
    "height",
    "active_by_default",
    "last_modified_date_time",
    "metadata",
)


@_attrs_define(repr=False)
class PackagingTypeDto:
    """This class represents a PackagingType in PackagingTypeController. Used by getting data.

    Attributes:
        box_id (str | Unset): Mandatory field: The table &gt; Box ID* &gt; The ID of the type of box.
        description (str | Unset): The table &gt; Description &gt; A description of the box.
        box_weight (float | Unset): The table &gt; Tare weight &gt; The weight of an empty box of this type, which may
            include the weight of any packaging material used to pack items inside the box.
        max_weight (float | Unset): The table &gt; Max weight &gt; The maximum weight a box of the type can hold.
        weight_uo_m (str | Unset): The table &gt; Weight UoM &gt; The unit of measure used for the weight.
        max_volume (float | Unset): The table &gt; Max. volume &gt; The maximum volume of items that can fit into a
            package of the type.
        volume_uo_m (str | Unset): The table &gt; Volume UoM &gt; The unit of measure used for the volume as specified
            in the Inventory preferences (IN101000) window.
        length (int | Unset): The table &gt; Length &gt; The length of the package.
        width (int | Unset): The table &gt; Width &gt; The width of the package.
        height (int | Unset): The table &gt; Height &gt; The height of the package.
        active_by_default (bool | Unset): The table &gt; Active by default &gt; If you select this check box, the
            package will be added by default to the list of packages for each new ship via code.
        last_modified_date_time (datetime.datetime | Unset): The table &gt; The date and time when the type was last
            modified.
        metadata (MetadataDto | Unset):
    """

    box_id: str | Unset = UNSET
    description: str | Unset = UNSET
    box_weight: float | Unset = UNSET
    max_weight: float | Unset = UNSET
    weight_uo_m: str | Unset = UNSET
    max_volume: float | Unset = UNSET
    volume_uo_m: str | Unset = UNSET
    length: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    active_by_default: bool | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        box_id = self.box_id

        description = self.description

        box_weight = self.box_weight

        max_weight = self.max_weight

        weight_uo_m = self.weight_uo_m

        max_volume = self.max_volume

        volume_uo_m = self.volume_uo_m

        length = self.length

        width = self.width

        height = self.height

        active_by_default = self.active_by_default

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if box_id is not UNSET:
            field_dict["boxId"] = box_id
        if description is not UNSET:
            field_dict["description"] = description
        if box_weight is not UNSET:
            field_dict["boxWeight"] = box_weight
        if max_weight is not UNSET:
            field_dict["maxWeight"] = max_weight
        if weight_uo_m is not UNSET:
            field_dict["weightUoM"] = weight_uo_m
        if max_volume is not UNSET:
            field_dict["maxVolume"] = max_volume
        if volume_uo_m is not UNSET:
            field_dict["volumeUoM"] = volume_uo_m
        if length is not UNSET:
            field_dict["length"] = length
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if active_by_default is not UNSET:
            field_dict["activeByDefault"] = active_by_default
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.box_id = _rest.pop("boxId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.box_weight = _rest.pop("boxWeight", UNSET)
        _instance.max_weight = _rest.pop("maxWeight", UNSET)
        _instance.weight_uo_m = _rest.pop("weightUoM", UNSET)
        _instance.max_volume = _rest.pop("maxVolume", UNSET)
        _instance.volume_uo_m = _rest.pop("volumeUoM", UNSET)
        _instance.length = _rest.pop("length", UNSET)
        _instance.width = _rest.pop("width", UNSET)
        _instance.height = _rest.pop("height", UNSET)
        _instance.active_by_default = _rest.pop("activeByDefault", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
