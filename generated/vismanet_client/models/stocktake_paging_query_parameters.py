from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocktake_paging_query_parameters_status import (
    StocktakePagingQueryParametersStatus,
    check_stocktake_paging_query_parameters_status,
)
from ..models.stocktake_paging_query_parameters_summary_status import (
    StocktakePagingQueryParametersSummaryStatus,
    check_stocktake_paging_query_parameters_summary_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StocktakePagingQueryParameters")


@_attrs_define
class StocktakePagingQueryParameters:
    """
    Attributes:
        warehouse (str | Unset): Filter by Warehouse.
        location (str | Unset): Filter by Location.
        inventory (str | Unset): Filter by Inventory.
        lot_serial_number (str | Unset): Filter by LotSerialNumber.
        summary_status (StocktakePagingQueryParametersSummaryStatus | Unset): Filter by SummaryStatus.
        start_with_line (int | Unset): Filter by LineNumber GreaterEqual StartWithLine.
        end_with_line (int | Unset): Filter by by LineNumber LessEqual EndWithLine.
        freeze_date_time (str | Unset): Filter by FreezeDateTime.
        freeze_date_time_condition (str | Unset): Filter by FreezeDateTimeCondition.
        last_modified_date_time (str | Unset): System generated value for last modification of transaction/record. Use
            format: YYYY-MM-DD HH:MM (date and time) to filter from date to present..
        last_modified_date_time_condition (str | Unset): System retrieved information for state/condition.
        expiration_date_time (str | Unset): Filter by ExpirationDateTime.
        expiration_date_time_condition (str | Unset): Filter by ExpirationDateTimeCondition.
        status (StocktakePagingQueryParametersStatus | Unset): Filter by StocktakeLineStatus.
        page_number (int | Unset): Pagination parameter. Page number.
        page_size (int | Unset): Pagination parameter. Number of items to be collected.
            Please use a page size lower or equal to the allowed max page size which is returned as part of the metadata
            information.
            If requested page size is greater than allowed max page size, request will be limited to max page size.
    """

    warehouse: str | Unset = UNSET
    location: str | Unset = UNSET
    inventory: str | Unset = UNSET
    lot_serial_number: str | Unset = UNSET
    summary_status: StocktakePagingQueryParametersSummaryStatus | Unset = UNSET
    start_with_line: int | Unset = UNSET
    end_with_line: int | Unset = UNSET
    freeze_date_time: str | Unset = UNSET
    freeze_date_time_condition: str | Unset = UNSET
    last_modified_date_time: str | Unset = UNSET
    last_modified_date_time_condition: str | Unset = UNSET
    expiration_date_time: str | Unset = UNSET
    expiration_date_time_condition: str | Unset = UNSET
    status: StocktakePagingQueryParametersStatus | Unset = UNSET
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse = self.warehouse

        location = self.location

        inventory = self.inventory

        lot_serial_number = self.lot_serial_number

        summary_status: str | Unset = UNSET
        if not isinstance(self.summary_status, Unset):
            summary_status = self.summary_status

        start_with_line = self.start_with_line

        end_with_line = self.end_with_line

        freeze_date_time = self.freeze_date_time

        freeze_date_time_condition = self.freeze_date_time_condition

        last_modified_date_time = self.last_modified_date_time

        last_modified_date_time_condition = self.last_modified_date_time_condition

        expiration_date_time = self.expiration_date_time

        expiration_date_time_condition = self.expiration_date_time_condition

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        page_number = self.page_number

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if location is not UNSET:
            field_dict["location"] = location
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if lot_serial_number is not UNSET:
            field_dict["lotSerialNumber"] = lot_serial_number
        if summary_status is not UNSET:
            field_dict["summaryStatus"] = summary_status
        if start_with_line is not UNSET:
            field_dict["startWithLine"] = start_with_line
        if end_with_line is not UNSET:
            field_dict["endWithLine"] = end_with_line
        if freeze_date_time is not UNSET:
            field_dict["freezeDateTime"] = freeze_date_time
        if freeze_date_time_condition is not UNSET:
            field_dict["freezeDateTimeCondition"] = freeze_date_time_condition
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if last_modified_date_time_condition is not UNSET:
            field_dict["lastModifiedDateTimeCondition"] = last_modified_date_time_condition
        if expiration_date_time is not UNSET:
            field_dict["expirationDateTime"] = expiration_date_time
        if expiration_date_time_condition is not UNSET:
            field_dict["expirationDateTimeCondition"] = expiration_date_time_condition
        if status is not UNSET:
            field_dict["status"] = status
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        warehouse = d.pop("warehouse", UNSET)

        location = d.pop("location", UNSET)

        inventory = d.pop("inventory", UNSET)

        lot_serial_number = d.pop("lotSerialNumber", UNSET)

        _summary_status = d.pop("summaryStatus", UNSET)
        summary_status: StocktakePagingQueryParametersSummaryStatus | Unset
        if isinstance(_summary_status, Unset):
            summary_status = UNSET
        else:
            summary_status = check_stocktake_paging_query_parameters_summary_status(_summary_status)

        start_with_line = d.pop("startWithLine", UNSET)

        end_with_line = d.pop("endWithLine", UNSET)

        freeze_date_time = d.pop("freezeDateTime", UNSET)

        freeze_date_time_condition = d.pop("freezeDateTimeCondition", UNSET)

        last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)

        last_modified_date_time_condition = d.pop("lastModifiedDateTimeCondition", UNSET)

        expiration_date_time = d.pop("expirationDateTime", UNSET)

        expiration_date_time_condition = d.pop("expirationDateTimeCondition", UNSET)

        _status = d.pop("status", UNSET)
        status: StocktakePagingQueryParametersStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_stocktake_paging_query_parameters_status(_status)

        page_number = d.pop("pageNumber", UNSET)

        page_size = d.pop("pageSize", UNSET)

        stocktake_paging_query_parameters = cls(
            warehouse=warehouse,
            location=location,
            inventory=inventory,
            lot_serial_number=lot_serial_number,
            summary_status=summary_status,
            start_with_line=start_with_line,
            end_with_line=end_with_line,
            freeze_date_time=freeze_date_time,
            freeze_date_time_condition=freeze_date_time_condition,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            expiration_date_time=expiration_date_time,
            expiration_date_time_condition=expiration_date_time_condition,
            status=status,
            page_number=page_number,
            page_size=page_size,
        )

        stocktake_paging_query_parameters.additional_properties = d
        return stocktake_paging_query_parameters

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
