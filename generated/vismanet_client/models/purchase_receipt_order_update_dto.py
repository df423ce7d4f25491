from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.purchase_receipt_order_update_dto_order_type import (
    PurchaseReceiptOrderUpdateDtoOrderType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocations_update_dto import AllocationsUpdateDto


T = TypeVar("T", bound="PurchaseReceiptOrderUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "order_nbr",
    "order_type",
    "allocations",
)


@_attrs_define(repr=False)
class PurchaseReceiptOrderUpdateDto:
    """This class represents a Purchase Order reference number to add to a Purchase Receipt.

    Attributes:
        order_nbr (str | Unset): The reference number of the Purchase Order.
        order_type (PurchaseReceiptOrderUpdateDtoOrderType | Unset):
        allocations (list[AllocationsUpdateDto] | Unset):
    """

    order_nbr: str | Unset = UNSET
    order_type: PurchaseReceiptOrderUpdateDtoOrderType | Unset = UNSET
    allocations: list[AllocationsUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_nbr = self.order_nbr

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_nbr is not UNSET:
            field_dict["orderNbr"] = order_nbr
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if allocations is not UNSET:
            field_dict["allocations"] = allocations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.order_nbr = _rest.pop("orderNbr", UNSET)
        _instance.order_type = _rest.pop("orderType", UNSET)
        _value = _rest.pop("allocations", UNSET)
        _instance.allocations = (
            UNSET
            if _value is UNSET
            else [_models.AllocationsUpdateDto.from_dict(allocations_item_data) for allocations_item_data in _value]
        )
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
