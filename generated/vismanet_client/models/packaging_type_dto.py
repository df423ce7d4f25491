from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class PackagingTypeDto(GeneratedModel):
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

    box_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    box_weight: float | Unset | None = UNSET
    max_weight: float | Unset | None = UNSET
    weight_uo_m: str | Unset | None = UNSET
    max_volume: float | Unset | None = UNSET
    volume_uo_m: str | Unset | None = UNSET
    length: int | Unset | None = UNSET
    width: int | Unset | None = UNSET
    height: int | Unset | None = UNSET
    active_by_default: bool | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.box_id
        if _value is not UNSET:
            field_dict["boxId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.box_weight
        if _value is not UNSET:
            field_dict["boxWeight"] = _value
        _value = self.max_weight
        if _value is not UNSET:
            field_dict["maxWeight"] = _value
        _value = self.weight_uo_m
        if _value is not UNSET:
            field_dict["weightUoM"] = _value
        _value = self.max_volume
        if _value is not UNSET:
            field_dict["maxVolume"] = _value
        _value = self.volume_uo_m
        if _value is not UNSET:
            field_dict["volumeUoM"] = _value
        _value = self.length
        if _value is not UNSET:
            field_dict["length"] = _value
        _value = self.width
        if _value is not UNSET:
            field_dict["width"] = _value
        _value = self.height
        if _value is not UNSET:
            field_dict["height"] = _value
        _value = self.active_by_default
        if _value is not UNSET:
            field_dict["activeByDefault"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not PackagingTypeDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.box_id = _rest.pop("boxId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.box_weight = _rest.pop("boxWeight", UNSET)
        self.max_weight = _rest.pop("maxWeight", UNSET)
        self.weight_uo_m = _rest.pop("weightUoM", UNSET)
        self.max_volume = _rest.pop("maxVolume", UNSET)
        self.volume_uo_m = _rest.pop("volumeUoM", UNSET)
        self.length = _rest.pop("length", UNSET)
        self.width = _rest.pop("width", UNSET)
        self.height = _rest.pop("height", UNSET)
        self.active_by_default = _rest.pop("activeByDefault", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("box_id", "boxId", False, "str"),
        ("description", "description", False, "str"),
        ("box_weight", "boxWeight", False, "float"),
        ("max_weight", "maxWeight", False, "float"),
        ("weight_uo_m", "weightUoM", False, "str"),
        ("max_volume", "maxVolume", False, "float"),
        ("volume_uo_m", "volumeUoM", False, "str"),
        ("length", "length", False, "int"),
        ("width", "width", False, "int"),
        ("height", "height", False, "int"),
        ("active_by_default", "activeByDefault", False, "bool"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
    )
    _vn_extra = None

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


_Lazy = _lazy_twin(PackagingTypeDto)
