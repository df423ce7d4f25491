from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryInStocktakeLineV2Dto")


@_attrs_define
class InventoryInStocktakeLineV2Dto:
    """Stocktaking details tab &gt; Item ID &gt; The item ID of the item.

    Attributes:
        internal_id (int | Unset): Click the magnifier &gt; The identifier
        id (str | Unset): Click the magnifier &gt; The displayed name
        description (str | Unset): Click on the magnifier. &gt; The description.
    """

    internal_id: int | Unset = UNSET
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_id = self.internal_id

        id = self.id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        internal_id = d.pop("internalId", UNSET)

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        inventory_in_stocktake_line_v2_dto = cls(
            internal_id=internal_id,
            id=id,
            description=description,
        )

        inventory_in_stocktake_line_v2_dto.additional_properties = d
        return inventory_in_stocktake_line_v2_dto

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
