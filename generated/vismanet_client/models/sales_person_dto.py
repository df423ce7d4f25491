from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.arsp_commn_history_dto import ARSPCommnHistoryDto
    from ..models.cust_sales_people_dto import CustSalesPeopleDto
    from ..models.metadata_dto import MetadataDto
    from ..models.sub_account_description_dto import SubAccountDescriptionDto


T = TypeVar("T", bound="SalesPersonDto")


@_attrs_define
class SalesPersonDto:
    """This class represents a salesperson in SalesPersonController. Used for getting data.

    Attributes:
        salesperson_id (str | Unset):
        name (str | Unset):
        is_active (bool | Unset):
        commission_pct (float | Unset):
        sales_sub (SubAccountDescriptionDto | Unset):
        customers (list[CustSalesPeopleDto] | Unset):
        commission_history (list[ARSPCommnHistoryDto] | Unset):
        created_date_time (datetime.datetime | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    salesperson_id: str | Unset = UNSET
    name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    commission_pct: float | Unset = UNSET
    sales_sub: SubAccountDescriptionDto | Unset = UNSET
    customers: list[CustSalesPeopleDto] | Unset = UNSET
    commission_history: list[ARSPCommnHistoryDto] | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salesperson_id = self.salesperson_id

        name = self.name

        is_active = self.is_active

        commission_pct = self.commission_pct

        sales_sub: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_sub, Unset):
            sales_sub = self.sales_sub.to_dict()

        customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

        commission_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commission_history, Unset):
            commission_history = []
            for commission_history_item_data in self.commission_history:
                commission_history_item = commission_history_item_data.to_dict()
                commission_history.append(commission_history_item)

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
        if salesperson_id is not UNSET:
            field_dict["salespersonID"] = salesperson_id
        if name is not UNSET:
            field_dict["name"] = name
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if commission_pct is not UNSET:
            field_dict["commissionPct"] = commission_pct
        if sales_sub is not UNSET:
            field_dict["salesSub"] = sales_sub
        if customers is not UNSET:
            field_dict["customers"] = customers
        if commission_history is not UNSET:
            field_dict["commissionHistory"] = commission_history
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
        from ..models.arsp_commn_history_dto import ARSPCommnHistoryDto
        from ..models.cust_sales_people_dto import CustSalesPeopleDto
        from ..models.metadata_dto import MetadataDto
        from ..models.sub_account_description_dto import SubAccountDescriptionDto

        d = dict(src_dict)
        salesperson_id = d.pop("salespersonID", UNSET)

        name = d.pop("name", UNSET)

        is_active = d.pop("isActive", UNSET)

        commission_pct = d.pop("commissionPct", UNSET)

        _sales_sub = d.pop("salesSub", UNSET)
        sales_sub: SubAccountDescriptionDto | Unset
        if isinstance(_sales_sub, Unset):
            sales_sub = UNSET
        else:
            sales_sub = SubAccountDescriptionDto.from_dict(_sales_sub)

        _customers = d.pop("customers", UNSET)
        customers: list[CustSalesPeopleDto] | Unset = UNSET
        if _customers is not UNSET:
            customers = []
            for customers_item_data in _customers:
                customers_item = CustSalesPeopleDto.from_dict(customers_item_data)

                customers.append(customers_item)

        _commission_history = d.pop("commissionHistory", UNSET)
        commission_history: list[ARSPCommnHistoryDto] | Unset = UNSET
        if _commission_history is not UNSET:
            commission_history = []
            for commission_history_item_data in _commission_history:
                commission_history_item = ARSPCommnHistoryDto.from_dict(commission_history_item_data)

                commission_history.append(commission_history_item)

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

        sales_person_dto = cls(
            salesperson_id=salesperson_id,
            name=name,
            is_active=is_active,
            commission_pct=commission_pct,
            sales_sub=sales_sub,
            customers=customers,
            commission_history=commission_history,
            created_date_time=created_date_time,
            last_modified_date_time=last_modified_date_time,
            error_info=error_info,
            metadata=metadata,
        )

        sales_person_dto.additional_properties = d
        return sales_person_dto

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
