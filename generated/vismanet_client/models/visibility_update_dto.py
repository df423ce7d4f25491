from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean


T = TypeVar("T", bound="VisibilityUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "visible_in_gl",
    "visible_in_ap",
    "visible_in_ar",
    "visible_in_so",
    "visible_in_po",
    "visible_in_ea",
    "visible_in_ta",
    "visible_in_in",
    "visible_in_ca",
    "visible_in_cr",
)


@_attrs_define(repr=False)
class VisibilityUpdateDto(GeneratedModel):
    """
    Attributes:
        visible_in_gl (DtoValueOfNullableOfBoolean | Unset):
        visible_in_ap (DtoValueOfNullableOfBoolean | Unset):
        visible_in_ar (DtoValueOfNullableOfBoolean | Unset):
        visible_in_so (DtoValueOfNullableOfBoolean | Unset):
        visible_in_po (DtoValueOfNullableOfBoolean | Unset):
        visible_in_ea (DtoValueOfNullableOfBoolean | Unset):
        visible_in_ta (DtoValueOfNullableOfBoolean | Unset):
        visible_in_in (DtoValueOfNullableOfBoolean | Unset):
        visible_in_ca (DtoValueOfNullableOfBoolean | Unset):
        visible_in_cr (DtoValueOfNullableOfBoolean | Unset):
    """

    visible_in_gl: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    visible_in_ap: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    visible_in_ar: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    visible_in_so: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    visible_in_po: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    visible_in_ea: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    visible_in_ta: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    visible_in_in: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    visible_in_ca: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    visible_in_cr: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.visible_in_gl
        if _value is not UNSET:
            field_dict["visibleInGl"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.visible_in_ap
        if _value is not UNSET:
            field_dict["visibleInAp"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.visible_in_ar
        if _value is not UNSET:
            field_dict["visibleInAr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.visible_in_so
        if _value is not UNSET:
            field_dict["visibleInSo"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.visible_in_po
        if _value is not UNSET:
            field_dict["visibleInPo"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.visible_in_ea
        if _value is not UNSET:
            field_dict["visibleInEa"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.visible_in_ta
        if _value is not UNSET:
            field_dict["visibleInTa"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.visible_in_in
        if _value is not UNSET:
            field_dict["visibleInIn"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.visible_in_ca
        if _value is not UNSET:
            field_dict["visibleInCa"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.visible_in_cr
        if _value is not UNSET:
            field_dict["visibleInCr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not VisibilityUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("visibleInGl", UNSET)
        self.visible_in_gl = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("visibleInAp", UNSET)
        self.visible_in_ap = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("visibleInAr", UNSET)
        self.visible_in_ar = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("visibleInSo", UNSET)
        self.visible_in_so = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("visibleInPo", UNSET)
        self.visible_in_po = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("visibleInEa", UNSET)
        self.visible_in_ea = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("visibleInTa", UNSET)
        self.visible_in_ta = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("visibleInIn", UNSET)
        self.visible_in_in = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("visibleInCa", UNSET)
        self.visible_in_ca = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("visibleInCr", UNSET)
        self.visible_in_cr = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("visible_in_gl", "visibleInGl", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("visible_in_ap", "visibleInAp", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("visible_in_ar", "visibleInAr", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("visible_in_so", "visibleInSo", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("visible_in_po", "visibleInPo", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("visible_in_ea", "visibleInEa", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("visible_in_ta", "visibleInTa", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("visible_in_in", "visibleInIn", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("visible_in_ca", "visibleInCa", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("visible_in_cr", "visibleInCr", False, ("model", "DtoValueOfNullableOfBoolean")),
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


_Lazy = _lazy_twin(VisibilityUpdateDto)
