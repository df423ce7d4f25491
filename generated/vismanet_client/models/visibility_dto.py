from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisibilityDto")

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
class VisibilityDto:
    """
    Attributes:
        visible_in_gl (bool | Unset): General ledger
        visible_in_ap (bool | Unset): Supplier ledger
        visible_in_ar (bool | Unset): Customer ledger
        visible_in_so (bool | Unset): Sales
        visible_in_po (bool | Unset): Purchases
        visible_in_ea (bool | Unset): Expenses
        visible_in_ta (bool | Unset): Time entries
        visible_in_in (bool | Unset): Inventory
        visible_in_ca (bool | Unset): Cash management
        visible_in_cr (bool | Unset):
    """

    visible_in_gl: bool | Unset = UNSET
    visible_in_ap: bool | Unset = UNSET
    visible_in_ar: bool | Unset = UNSET
    visible_in_so: bool | Unset = UNSET
    visible_in_po: bool | Unset = UNSET
    visible_in_ea: bool | Unset = UNSET
    visible_in_ta: bool | Unset = UNSET
    visible_in_in: bool | Unset = UNSET
    visible_in_ca: bool | Unset = UNSET
    visible_in_cr: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visible_in_gl = self.visible_in_gl

        visible_in_ap = self.visible_in_ap

        visible_in_ar = self.visible_in_ar

        visible_in_so = self.visible_in_so

        visible_in_po = self.visible_in_po

        visible_in_ea = self.visible_in_ea

        visible_in_ta = self.visible_in_ta

        visible_in_in = self.visible_in_in

        visible_in_ca = self.visible_in_ca

        visible_in_cr = self.visible_in_cr

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
        _instance.visible_in_gl = _rest.pop("visibleInGl", UNSET)
        _instance.visible_in_ap = _rest.pop("visibleInAp", UNSET)
        _instance.visible_in_ar = _rest.pop("visibleInAr", UNSET)
        _instance.visible_in_so = _rest.pop("visibleInSo", UNSET)
        _instance.visible_in_po = _rest.pop("visibleInPo", UNSET)
        _instance.visible_in_ea = _rest.pop("visibleInEa", UNSET)
        _instance.visible_in_ta = _rest.pop("visibleInTa", UNSET)
        _instance.visible_in_in = _rest.pop("visibleInIn", UNSET)
        _instance.visible_in_ca = _rest.pop("visibleInCa", UNSET)
        _instance.visible_in_cr = _rest.pop("visibleInCr", UNSET)
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
