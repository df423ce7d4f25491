from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisibilityInProjectDto")


@_attrs_define
class VisibilityInProjectDto:
    """Summary tab &gt; Visibility settings section &gt;

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
        d = dict(src_dict)
        visible_in_gl = d.pop("visibleInGl", UNSET)

        visible_in_ap = d.pop("visibleInAp", UNSET)

        visible_in_ar = d.pop("visibleInAr", UNSET)

        visible_in_so = d.pop("visibleInSo", UNSET)

        visible_in_po = d.pop("visibleInPo", UNSET)

        visible_in_ea = d.pop("visibleInEa", UNSET)

        visible_in_ta = d.pop("visibleInTa", UNSET)

        visible_in_in = d.pop("visibleInIn", UNSET)

        visible_in_ca = d.pop("visibleInCa", UNSET)

        visible_in_cr = d.pop("visibleInCr", UNSET)

        visibility_in_project_dto = cls(
            visible_in_gl=visible_in_gl,
            visible_in_ap=visible_in_ap,
            visible_in_ar=visible_in_ar,
            visible_in_so=visible_in_so,
            visible_in_po=visible_in_po,
            visible_in_ea=visible_in_ea,
            visible_in_ta=visible_in_ta,
            visible_in_in=visible_in_in,
            visible_in_ca=visible_in_ca,
            visible_in_cr=visible_in_cr,
        )

        visibility_in_project_dto.additional_properties = d
        return visibility_in_project_dto

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
