from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.in_allocations_dto import INAllocationsDto
    from ..models.kit_assembly_non_stock_component_dto import KitAssemblyNonStockComponentDto
    from ..models.kit_assembly_stock_components_dto import KitAssemblyStockComponentsDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="KitAssemblyDto")


@_attrs_define
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
        from ..models.in_allocations_dto import INAllocationsDto
        from ..models.kit_assembly_non_stock_component_dto import KitAssemblyNonStockComponentDto
        from ..models.kit_assembly_stock_components_dto import KitAssemblyStockComponentsDto
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        ref_no = d.pop("refNo", UNSET)

        status = d.pop("status", UNSET)

        hold = d.pop("hold", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        post_period = d.pop("postPeriod", UNSET)

        item_id = d.pop("itemID", UNSET)

        revision = d.pop("revision", UNSET)

        reason_code = d.pop("reasonCode", UNSET)

        description = d.pop("description", UNSET)

        warehouse = d.pop("warehouse", UNSET)

        location = d.pop("location", UNSET)

        uo_m = d.pop("uoM", UNSET)

        quantity = d.pop("quantity", UNSET)

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

        sales_order_link = d.pop("salesOrderLink", UNSET)

        _stock_component_lines = d.pop("stockComponentLines", UNSET)
        stock_component_lines: list[KitAssemblyStockComponentsDto] | Unset = UNSET
        if _stock_component_lines is not UNSET:
            stock_component_lines = []
            for stock_component_lines_item_data in _stock_component_lines:
                stock_component_lines_item = KitAssemblyStockComponentsDto.from_dict(stock_component_lines_item_data)

                stock_component_lines.append(stock_component_lines_item)

        _non_stock_component_lines = d.pop("nonStockComponentLines", UNSET)
        non_stock_component_lines: list[KitAssemblyNonStockComponentDto] | Unset = UNSET
        if _non_stock_component_lines is not UNSET:
            non_stock_component_lines = []
            for non_stock_component_lines_item_data in _non_stock_component_lines:
                non_stock_component_lines_item = KitAssemblyNonStockComponentDto.from_dict(
                    non_stock_component_lines_item_data
                )

                non_stock_component_lines.append(non_stock_component_lines_item)

        _kit_allocations = d.pop("kitAllocations", UNSET)
        kit_allocations: list[INAllocationsDto] | Unset = UNSET
        if _kit_allocations is not UNSET:
            kit_allocations = []
            for kit_allocations_item_data in _kit_allocations:
                kit_allocations_item = INAllocationsDto.from_dict(kit_allocations_item_data)

                kit_allocations.append(kit_allocations_item)

        timestamp = d.pop("timestamp", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        kit_assembly_dto = cls(
            type_=type_,
            ref_no=ref_no,
            status=status,
            hold=hold,
            date=date,
            post_period=post_period,
            item_id=item_id,
            revision=revision,
            reason_code=reason_code,
            description=description,
            warehouse=warehouse,
            location=location,
            uo_m=uo_m,
            quantity=quantity,
            created_date_time=created_date_time,
            last_modified_date_time=last_modified_date_time,
            sales_order_link=sales_order_link,
            stock_component_lines=stock_component_lines,
            non_stock_component_lines=non_stock_component_lines,
            kit_allocations=kit_allocations,
            timestamp=timestamp,
            error_info=error_info,
            metadata=metadata,
        )

        kit_assembly_dto.additional_properties = d
        return kit_assembly_dto

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
