from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="CustSalesPersonsDto")


@_attrs_define
class CustSalesPersonsDto:
    """
    Attributes:
        sale_person_id (str | Unset):
        name (str | Unset):
        location_id (str | Unset):
        location_name (str | Unset):
        commision_pct (float | Unset):
        is_default (bool | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    sale_person_id: str | Unset = UNSET
    name: str | Unset = UNSET
    location_id: str | Unset = UNSET
    location_name: str | Unset = UNSET
    commision_pct: float | Unset = UNSET
    is_default: bool | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sale_person_id = self.sale_person_id

        name = self.name

        location_id = self.location_id

        location_name = self.location_name

        commision_pct = self.commision_pct

        is_default = self.is_default

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sale_person_id is not UNSET:
            field_dict["salePersonID"] = sale_person_id
        if name is not UNSET:
            field_dict["name"] = name
        if location_id is not UNSET:
            field_dict["locationID"] = location_id
        if location_name is not UNSET:
            field_dict["locationName"] = location_name
        if commision_pct is not UNSET:
            field_dict["commisionPct"] = commision_pct
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        sale_person_id = d.pop("salePersonID", UNSET)

        name = d.pop("name", UNSET)

        location_id = d.pop("locationID", UNSET)

        location_name = d.pop("locationName", UNSET)

        commision_pct = d.pop("commisionPct", UNSET)

        is_default = d.pop("isDefault", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        cust_sales_persons_dto = cls(
            sale_person_id=sale_person_id,
            name=name,
            location_id=location_id,
            location_name=location_name,
            commision_pct=commision_pct,
            is_default=is_default,
            error_info=error_info,
            metadata=metadata,
        )

        cust_sales_persons_dto.additional_properties = d
        return cust_sales_persons_dto

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
