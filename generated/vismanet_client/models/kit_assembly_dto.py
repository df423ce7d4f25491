from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class KitAssemblyDto(GeneratedModel):
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

    type_: str | Unset | None = UNSET
    ref_no: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    post_period: str | Unset | None = UNSET
    item_id: str | Unset | None = UNSET
    revision: str | Unset | None = UNSET
    reason_code: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    warehouse: str | Unset | None = UNSET
    location: str | Unset | None = UNSET
    uo_m: str | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    created_date_time: datetime.datetime | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    sales_order_link: str | Unset | None = UNSET
    stock_component_lines: list[KitAssemblyStockComponentsDto] | Unset | None = UNSET
    non_stock_component_lines: list[KitAssemblyNonStockComponentDto] | Unset | None = UNSET
    kit_allocations: list[INAllocationsDto] | Unset | None = UNSET
    timestamp: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.ref_no
        if _value is not UNSET:
            field_dict["refNo"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value
        _value = self.item_id
        if _value is not UNSET:
            field_dict["itemID"] = _value
        _value = self.revision
        if _value is not UNSET:
            field_dict["revision"] = _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value
        _value = self.uo_m
        if _value is not UNSET:
            field_dict["uoM"] = _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.created_date_time
        if _value is not UNSET:
            field_dict["createdDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.sales_order_link
        if _value is not UNSET:
            field_dict["salesOrderLink"] = _value
        _value = self.stock_component_lines
        if _value is not UNSET:
            field_dict["stockComponentLines"] = (
                [
                    stock_component_lines_item_data.to_dict()
                    if isinstance(stock_component_lines_item_data, GeneratedModel)
                    else stock_component_lines_item_data
                    for stock_component_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.non_stock_component_lines
        if _value is not UNSET:
            field_dict["nonStockComponentLines"] = (
                [
                    non_stock_component_lines_item_data.to_dict()
                    if isinstance(non_stock_component_lines_item_data, GeneratedModel)
                    else non_stock_component_lines_item_data
                    for non_stock_component_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.kit_allocations
        if _value is not UNSET:
            field_dict["kitAllocations"] = (
                [
                    kit_allocations_item_data.to_dict()
                    if isinstance(kit_allocations_item_data, GeneratedModel)
                    else kit_allocations_item_data
                    for kit_allocations_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.timestamp
        if _value is not UNSET:
            field_dict["timestamp"] = _value
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not KitAssemblyDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.type_ = _rest.pop("type", UNSET)
        self.ref_no = _rest.pop("refNo", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        self.post_period = _rest.pop("postPeriod", UNSET)
        self.item_id = _rest.pop("itemID", UNSET)
        self.revision = _rest.pop("revision", UNSET)
        self.reason_code = _rest.pop("reasonCode", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.warehouse = _rest.pop("warehouse", UNSET)
        self.location = _rest.pop("location", UNSET)
        self.uo_m = _rest.pop("uoM", UNSET)
        self.quantity = _rest.pop("quantity", UNSET)
        _value = _rest.pop("createdDateTime", UNSET)
        self.created_date_time = _parse_datetime(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        self.sales_order_link = _rest.pop("salesOrderLink", UNSET)
        _value = _rest.pop("stockComponentLines", UNSET)
        self.stock_component_lines = (
            [
                _models.KitAssemblyStockComponentsDto._vn_fill(
                    _new(_models.KitAssemblyStockComponentsDto), stock_component_lines_item_data
                )
                if isinstance(stock_component_lines_item_data, dict)
                else stock_component_lines_item_data
                for stock_component_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("nonStockComponentLines", UNSET)
        self.non_stock_component_lines = (
            [
                _models.KitAssemblyNonStockComponentDto._vn_fill(
                    _new(_models.KitAssemblyNonStockComponentDto), non_stock_component_lines_item_data
                )
                if isinstance(non_stock_component_lines_item_data, dict)
                else non_stock_component_lines_item_data
                for non_stock_component_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("kitAllocations", UNSET)
        self.kit_allocations = (
            [
                _models.INAllocationsDto._vn_fill(_new(_models.INAllocationsDto), kit_allocations_item_data)
                if isinstance(kit_allocations_item_data, dict)
                else kit_allocations_item_data
                for kit_allocations_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.timestamp = _rest.pop("timestamp", UNSET)
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("type_", "type", False, "str"),
        ("ref_no", "refNo", False, "str"),
        ("status", "status", False, "str"),
        ("hold", "hold", False, "bool"),
        ("date", "date", False, "datetime"),
        ("post_period", "postPeriod", False, "str"),
        ("item_id", "itemID", False, "str"),
        ("revision", "revision", False, "str"),
        ("reason_code", "reasonCode", False, "str"),
        ("description", "description", False, "str"),
        ("warehouse", "warehouse", False, "str"),
        ("location", "location", False, "str"),
        ("uo_m", "uoM", False, "str"),
        ("quantity", "quantity", False, "float"),
        ("created_date_time", "createdDateTime", False, "datetime"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("sales_order_link", "salesOrderLink", False, "str"),
        ("stock_component_lines", "stockComponentLines", False, ("list", ("model", "KitAssemblyStockComponentsDto"))),
        (
            "non_stock_component_lines",
            "nonStockComponentLines",
            False,
            ("list", ("model", "KitAssemblyNonStockComponentDto")),
        ),
        ("kit_allocations", "kitAllocations", False, ("list", ("model", "INAllocationsDto"))),
        ("timestamp", "timestamp", False, "str"),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
    )
    _vn_extra = None

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


_Lazy = _lazy_twin(KitAssemblyDto)
