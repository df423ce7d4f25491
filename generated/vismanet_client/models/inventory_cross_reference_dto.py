from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.inventory_cross_reference_dto_alternate_type import (
    InventoryCrossReferenceDtoAlternateType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_account_in_inventory_cross_reference_dto import BAccountInInventoryCrossReferenceDto


T = TypeVar("T", bound="InventoryCrossReferenceDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "alternate_type",
    "b_account",
    "alternate_id",
    "description",
    "uom",
    "timestamp",
)


@_attrs_define(repr=False)
class InventoryCrossReferenceDto:
    """
    Attributes:
        alternate_type (InventoryCrossReferenceDtoAlternateType | Unset): Alternate type &gt; The type of alternate
            codification used for the item if applicable.
        b_account (BAccountInInventoryCrossReferenceDto | Unset): Mandatory field: Supplier/Customer*, click magnifier
            &gt; Account ID &gt; Account no. identifying the business account.
        alternate_id (str | Unset): Mandatory field: Alternate ID &gt; The alternate ID of the stock item (under the
            specified item ID) as used by the supplier or customer.
        description (str | Unset): Description &gt; Any comments applicable to the specified cross-reference.
        uom (str | Unset): UoM &gt; The unit of measure used for this component.
        timestamp (str | Unset): Timestamp of the inventory item the crossreference belongs to
    """

    alternate_type: InventoryCrossReferenceDtoAlternateType | Unset = UNSET
    b_account: BAccountInInventoryCrossReferenceDto | Unset = UNSET
    alternate_id: str | Unset = UNSET
    description: str | Unset = UNSET
    uom: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alternate_type: str | Unset = UNSET
        if not isinstance(self.alternate_type, Unset):
            alternate_type = self.alternate_type

        b_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.b_account, Unset):
            b_account = self.b_account.to_dict()

        alternate_id = self.alternate_id

        description = self.description

        uom = self.uom

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alternate_type is not UNSET:
            field_dict["alternateType"] = alternate_type
        if b_account is not UNSET:
            field_dict["bAccount"] = b_account
        if alternate_id is not UNSET:
            field_dict["alternateID"] = alternate_id
        if description is not UNSET:
            field_dict["description"] = description
        if uom is not UNSET:
            field_dict["uom"] = uom
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.alternate_type = _rest.pop("alternateType", UNSET)
        _value = _rest.pop("bAccount", UNSET)
        _instance.b_account = (
            UNSET if _value is UNSET else _models.BAccountInInventoryCrossReferenceDto.from_dict(_value)
        )
        _instance.alternate_id = _rest.pop("alternateID", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.timestamp = _rest.pop("timestamp", UNSET)
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
