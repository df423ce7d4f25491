from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

T = TypeVar("T", bound="SegmentDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "segment_id",
    "segment_description",
    "segment_value",
    "segment_value_description",
)


@_attrs_define(repr=False)
class SegmentDto(GeneratedModel):
    """
    Attributes:
        segment_id (int | Unset): The Segment values window &gt; The Top part &gt; The ID of the segment.
        segment_description (str | Unset): The Segment values window &gt; The Top part &gt; The description of the
            segment.
        segment_value (str | Unset): The Segment values window &gt; The table &gt; The value of the segment,
            alphanumeric.
        segment_value_description (str | Unset): The Segment values window &gt; The table &gt; The description of the
            segment value.
    """

    segment_id: int | Unset | None = UNSET
    segment_description: str | Unset | None = UNSET
    segment_value: str | Unset | None = UNSET
    segment_value_description: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.segment_id
        if _value is not UNSET:
            field_dict["segmentId"] = _value
        _value = self.segment_description
        if _value is not UNSET:
            field_dict["segmentDescription"] = _value
        _value = self.segment_value
        if _value is not UNSET:
            field_dict["segmentValue"] = _value
        _value = self.segment_value_description
        if _value is not UNSET:
            field_dict["segmentValueDescription"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SegmentDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.segment_id = _rest.pop("segmentId", UNSET)
        self.segment_description = _rest.pop("segmentDescription", UNSET)
        self.segment_value = _rest.pop("segmentValue", UNSET)
        self.segment_value_description = _rest.pop("segmentValueDescription", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("segment_id", "segmentId", False, "int"),
        ("segment_description", "segmentDescription", False, "str"),
        ("segment_value", "segmentValue", False, "str"),
        ("segment_value_description", "segmentValueDescription", False, "str"),
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


_Lazy = _lazy_twin(SegmentDto)
