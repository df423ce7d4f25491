from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="CustSalesPeopleDto")


@_attrs_define
class CustSalesPeopleDto:
    """
    Attributes:
        b_account_id (int | Unset):
        customer_name (str | Unset):
        location_id (int | Unset):
        location_name (str | Unset):
        is_default (bool | Unset):
        commision_pct (float | Unset):
        created_date_time (datetime.datetime | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    b_account_id: int | Unset = UNSET
    customer_name: str | Unset = UNSET
    location_id: int | Unset = UNSET
    location_name: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    commision_pct: float | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        b_account_id = self.b_account_id

        customer_name = self.customer_name

        location_id = self.location_id

        location_name = self.location_name

        is_default = self.is_default

        commision_pct = self.commision_pct

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if b_account_id is not UNSET:
            field_dict["bAccountID"] = b_account_id
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if location_id is not UNSET:
            field_dict["locationID"] = location_id
        if location_name is not UNSET:
            field_dict["locationName"] = location_name
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if commision_pct is not UNSET:
            field_dict["commisionPct"] = commision_pct
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        b_account_id = d.pop("bAccountID", UNSET)

        customer_name = d.pop("customerName", UNSET)

        location_id = d.pop("locationID", UNSET)

        location_name = d.pop("locationName", UNSET)

        is_default = d.pop("isDefault", UNSET)

        commision_pct = d.pop("commisionPct", UNSET)

        _created_date_time = d.pop("createdDateTime", UNSET)
        created_date_time: datetime.datetime | Unset
        if isinstance(_created_date_time, Unset):
            created_date_time = UNSET
        else:
            created_date_time = datetime.datetime.fromisoformat(_created_date_time)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        cust_sales_people_dto = cls(
            b_account_id=b_account_id,
            customer_name=customer_name,
            location_id=location_id,
            location_name=location_name,
            is_default=is_default,
            commision_pct=commision_pct,
            created_date_time=created_date_time,
            last_modified_date_time=last_modified_date_time,
            error_info=error_info,
            metadata=metadata,
        )

        cust_sales_people_dto.additional_properties = d
        return cust_sales_people_dto

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
