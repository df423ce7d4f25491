from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocktake_paging_query_parameters_status import (
    StocktakePagingQueryParametersStatus,
)
from ..models.stocktake_paging_query_parameters_summary_status import (
    StocktakePagingQueryParametersSummaryStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StocktakePagingQueryParameters")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "warehouse",
    "location",
    "inventory",
    "lot_serial_number",
    "summary_status",
    "start_with_line",
    "end_with_line",
    "freeze_date_time",
    "freeze_date_time_condition",
    "last_modified_date_time",
    "last_modified_date_time_condition",
    "expiration_date_time",
    "expiration_date_time_condition",
    "status",
    "page_number",
    "page_size",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.warehouse = _rest.pop("warehouse", UNSET)
        _instance.location = _rest.pop("location", UNSET)
        _instance.inventory = _rest.pop("inventory", UNSET)
        _instance.lot_serial_number = _rest.pop("lotSerialNumber", UNSET)
        _instance.summary_status = _rest.pop("summaryStatus", UNSET)
        _instance.start_with_line = _rest.pop("startWithLine", UNSET)
        _instance.end_with_line = _rest.pop("endWithLine", UNSET)
        _instance.freeze_date_time = _rest.pop("freezeDateTime", UNSET)
        _instance.freeze_date_time_condition = _rest.pop("freezeDateTimeCondition", UNSET)
        _instance.last_modified_date_time = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time_condition = _rest.pop("lastModifiedDateTimeCondition", UNSET)
        _instance.expiration_date_time = _rest.pop("expirationDateTime", UNSET)
        _instance.expiration_date_time_condition = _rest.pop("expirationDateTimeCondition", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.page_number = _rest.pop("pageNumber", UNSET)
        _instance.page_size = _rest.pop("pageSize", UNSET)
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
