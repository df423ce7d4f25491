from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class VisibilityUpdateDto:
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

    visible_in_gl: DtoValueOfNullableOfBoolean | Unset = UNSET
    visible_in_ap: DtoValueOfNullableOfBoolean | Unset = UNSET
    visible_in_ar: DtoValueOfNullableOfBoolean | Unset = UNSET
    visible_in_so: DtoValueOfNullableOfBoolean | Unset = UNSET
    visible_in_po: DtoValueOfNullableOfBoolean | Unset = UNSET
    visible_in_ea: DtoValueOfNullableOfBoolean | Unset = UNSET
    visible_in_ta: DtoValueOfNullableOfBoolean | Unset = UNSET
    visible_in_in: DtoValueOfNullableOfBoolean | Unset = UNSET
    visible_in_ca: DtoValueOfNullableOfBoolean | Unset = UNSET
    visible_in_cr: DtoValueOfNullableOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visible_in_gl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visible_in_gl, Unset):
            visible_in_gl = self.visible_in_gl.to_dict()

        visible_in_ap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visible_in_ap, Unset):
            visible_in_ap = self.visible_in_ap.to_dict()

        visible_in_ar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visible_in_ar, Unset):
            visible_in_ar = self.visible_in_ar.to_dict()

        visible_in_so: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visible_in_so, Unset):
            visible_in_so = self.visible_in_so.to_dict()

        visible_in_po: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visible_in_po, Unset):
            visible_in_po = self.visible_in_po.to_dict()

        visible_in_ea: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visible_in_ea, Unset):
            visible_in_ea = self.visible_in_ea.to_dict()

        visible_in_ta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visible_in_ta, Unset):
            visible_in_ta = self.visible_in_ta.to_dict()

        visible_in_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visible_in_in, Unset):
            visible_in_in = self.visible_in_in.to_dict()

        visible_in_ca: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visible_in_ca, Unset):
            visible_in_ca = self.visible_in_ca.to_dict()

        visible_in_cr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visible_in_cr, Unset):
            visible_in_cr = self.visible_in_cr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if visible_in_gl is not UNSET:
            field_dict["visibleInGl"] = visible_in_gl
        if visible_in_ap is not UNSET:
            field_dict["visibleInAp"] = visible_in_ap
        if visible_in_ar is not UNSET:
            field_dict["visibleInAr"] = visible_in_ar
        if visible_in_so is not UNSET:
            field_dict["visibleInSo"] = visible_in_so
        if visible_in_po is not UNSET:
            field_dict["visibleInPo"] = visible_in_po
        if visible_in_ea is not UNSET:
            field_dict["visibleInEa"] = visible_in_ea
        if visible_in_ta is not UNSET:
            field_dict["visibleInTa"] = visible_in_ta
        if visible_in_in is not UNSET:
            field_dict["visibleInIn"] = visible_in_in
        if visible_in_ca is not UNSET:
            field_dict["visibleInCa"] = visible_in_ca
        if visible_in_cr is not UNSET:
            field_dict["visibleInCr"] = visible_in_cr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("visibleInGl", UNSET)
        _instance.visible_in_gl = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("visibleInAp", UNSET)
        _instance.visible_in_ap = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("visibleInAr", UNSET)
        _instance.visible_in_ar = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("visibleInSo", UNSET)
        _instance.visible_in_so = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("visibleInPo", UNSET)
        _instance.visible_in_po = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("visibleInEa", UNSET)
        _instance.visible_in_ea = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("visibleInTa", UNSET)
        _instance.visible_in_ta = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("visibleInIn", UNSET)
        _instance.visible_in_in = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("visibleInCa", UNSET)
        _instance.visible_in_ca = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("visibleInCr", UNSET)
        _instance.visible_in_cr = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
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
