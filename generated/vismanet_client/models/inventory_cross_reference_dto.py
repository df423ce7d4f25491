from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_cross_reference_dto_alternate_type import (
    InventoryCrossReferenceDtoAlternateType,
    check_inventory_cross_reference_dto_alternate_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_account_in_inventory_cross_reference_dto import BAccountInInventoryCrossReferenceDto


T = TypeVar("T", bound="InventoryCrossReferenceDto")


@_attrs_define
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
        from ..models.b_account_in_inventory_cross_reference_dto import BAccountInInventoryCrossReferenceDto

        d = dict(src_dict)
        _alternate_type = d.pop("alternateType", UNSET)
        alternate_type: InventoryCrossReferenceDtoAlternateType | Unset
        if isinstance(_alternate_type, Unset):
            alternate_type = UNSET
        else:
            alternate_type = check_inventory_cross_reference_dto_alternate_type(_alternate_type)

        _b_account = d.pop("bAccount", UNSET)
        b_account: BAccountInInventoryCrossReferenceDto | Unset
        if isinstance(_b_account, Unset):
            b_account = UNSET
        else:
            b_account = BAccountInInventoryCrossReferenceDto.from_dict(_b_account)

        alternate_id = d.pop("alternateID", UNSET)

        description = d.pop("description", UNSET)

        uom = d.pop("uom", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        inventory_cross_reference_dto = cls(
            alternate_type=alternate_type,
            b_account=b_account,
            alternate_id=alternate_id,
            description=description,
            uom=uom,
            timestamp=timestamp,
        )

        inventory_cross_reference_dto.additional_properties = d
        return inventory_cross_reference_dto

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
