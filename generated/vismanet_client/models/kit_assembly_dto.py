from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.in_allocations_dto import INAllocationsDto
    from ..models.kit_assembly_non_stock_component_dto import KitAssemblyNonStockComponentDto
    from ..models.kit_assembly_stock_components_dto import KitAssemblyStockComponentsDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="KitAssemblyDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "type_",
    "ref_no",
    "status",
    "hold",
    "date",
    "post_period",
    "item_id",
    "revision",
    "reason_code",
    "description",
    "warehouse",
    "location",
    "uo_m",
    "quantity",
    "created_date_time",
    "last_modified_date_time",
    "sales_order_link",
    "stock_component_lines",
    "non_stock_component_lines",
    "kit_allocations",
    "timestamp",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class KitAssemblyDto:
    """
    Attributes:
        type_ (str | Unset): Type, possible values: P - Production, D - Disassembly
        ref_no (str | Unset):
        status (str | Unset): Status, possible values: H - On Hold, B - Balanced, R - Released
        hold (bool | Unset):
        date (datetime.datetime | Unset):
        post_period (str | Unset):
        item_id (str | Unset):
        revision (str | Unset):
        reason_code (str | Unset):
        description (str | Unset):
        warehouse (str | Unset):
        location (str | Unset):
        uo_m (str | Unset):
        quantity (float | Unset):
        created_date_time (datetime.datetime | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        sales_order_link (str | Unset):
        stock_component_lines (list[KitAssemblyStockComponentsDto] | Unset):
        non_stock_component_lines (list[KitAssemblyNonStockComponentDto] | Unset):
        kit_allocations (list[INAllocationsDto] | Unset):
        timestamp (str | Unset): Timestamp of the kit assembly record
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    type_: str | Unset = UNSET
    ref_no: str | Unset = UNSET
    status: str | Unset = UNSET
    hold: bool | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    post_period: str | Unset = UNSET
    item_id: str | Unset = UNSET
    revision: str | Unset = UNSET
    reason_code: str | Unset = UNSET
    description: str | Unset = UNSET
    warehouse: str | Unset = UNSET
    location: str | Unset = UNSET
    uo_m: str | Unset = UNSET
    quantity: float | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    sales_order_link: str | Unset = UNSET
    stock_component_lines: list[KitAssemblyStockComponentsDto] | Unset = UNSET
    non_stock_component_lines: list[KitAssemblyNonStockComponentDto] | Unset = UNSET
    kit_allocations: list[INAllocationsDto] | Unset = UNSET
    timestamp: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        ref_no = self.ref_no

        status = self.status

        hold = self.hold

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        post_period = self.post_period

        item_id = self.item_id

        revision = self.revision

        reason_code = self.reason_code

        description = self.description

        warehouse = self.warehouse

        location = self.location

        uo_m = self.uo_m

        quantity = self.quantity

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        sales_order_link = self.sales_order_link

        stock_component_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_component_lines, Unset):
            stock_component_lines = []
            for stock_component_lines_item_data in self.stock_component_lines:
                stock_component_lines_item = stock_component_lines_item_data.to_dict()
                stock_component_lines.append(stock_component_lines_item)

        non_stock_component_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.non_stock_component_lines, Unset):
            non_stock_component_lines = []
            for non_stock_component_lines_item_data in self.non_stock_component_lines:
                non_stock_component_lines_item = non_stock_component_lines_item_data.to_dict()
                non_stock_component_lines.append(non_stock_component_lines_item)

        kit_allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kit_allocations, Unset):
            kit_allocations = []
            for kit_allocations_item_data in self.kit_allocations:
                kit_allocations_item = kit_allocations_item_data.to_dict()
                kit_allocations.append(kit_allocations_item)

        timestamp = self.timestamp

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ref_no is not UNSET:
            field_dict["refNo"] = ref_no
        if status is not UNSET:
            field_dict["status"] = status
        if hold is not UNSET:
            field_dict["hold"] = hold
        if date is not UNSET:
            field_dict["date"] = date
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if item_id is not UNSET:
            field_dict["itemID"] = item_id
        if revision is not UNSET:
            field_dict["revision"] = revision
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if description is not UNSET:
            field_dict["description"] = description
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if location is not UNSET:
            field_dict["location"] = location
        if uo_m is not UNSET:
            field_dict["uoM"] = uo_m
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if sales_order_link is not UNSET:
            field_dict["salesOrderLink"] = sales_order_link
        if stock_component_lines is not UNSET:
            field_dict["stockComponentLines"] = stock_component_lines
        if non_stock_component_lines is not UNSET:
            field_dict["nonStockComponentLines"] = non_stock_component_lines
        if kit_allocations is not UNSET:
            field_dict["kitAllocations"] = kit_allocations
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.ref_no = _rest.pop("refNo", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.post_period = _rest.pop("postPeriod", UNSET)
        _instance.item_id = _rest.pop("itemID", UNSET)
        _instance.revision = _rest.pop("revision", UNSET)
        _instance.reason_code = _rest.pop("reasonCode", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.warehouse = _rest.pop("warehouse", UNSET)
        _instance.location = _rest.pop("location", UNSET)
        _instance.uo_m = _rest.pop("uoM", UNSET)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _value = _rest.pop("createdDateTime", UNSET)
        _instance.created_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.sales_order_link = _rest.pop("salesOrderLink", UNSET)
        _value = _rest.pop("stockComponentLines", UNSET)
        _instance.stock_component_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.KitAssemblyStockComponentsDto.from_dict(stock_component_lines_item_data)
                for stock_component_lines_item_data in _value
            ]
        )
        _value = _rest.pop("nonStockComponentLines", UNSET)
        _instance.non_stock_component_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.KitAssemblyNonStockComponentDto.from_dict(non_stock_component_lines_item_data)
                for non_stock_component_lines_item_data in _value
            ]
        )
        _value = _rest.pop("kitAllocations", UNSET)
        _instance.kit_allocations = (
            UNSET
            if _value is UNSET
            else [_models.INAllocationsDto.from_dict(kit_allocations_item_data) for kit_allocations_item_data in _value]
        )
        _instance.timestamp = _rest.pop("timestamp", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
