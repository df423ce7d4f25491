from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_date_time import DtoValueOfDateTime
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.in_allocations_update_dto import INAllocationsUpdateDto
    from ..models.kit_assembly_non_stock_components_update_dto import KitAssemblyNonStockComponentsUpdateDto
    from ..models.kit_assembly_stock_component_allocations_update_dto import (
        KitAssemblyStockComponentAllocationsUpdateDto,
    )
    from ..models.kit_assembly_stock_components_update_dto import KitAssemblyStockComponentsUpdateDto


T = TypeVar("T", bound="KitAssemblyUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "type_",
    "ref_no",
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
    "stock_component_lines",
    "stock_component_allocations",
    "non_stock_component_lines",
    "kit_allocations",
)


@_attrs_define(repr=False)
class KitAssemblyUpdateDto:
    """
    Attributes:
        type_ (str | Unset): Type, possible values: P - Production, D - Disassembly
        ref_no (str | Unset):
        hold (DtoValueOfBoolean | Unset):
        date (DtoValueOfDateTime | Unset):
        post_period (DtoValueOfString | Unset):
        item_id (DtoValueOfString | Unset):
        revision (DtoValueOfString | Unset):
        reason_code (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        warehouse (DtoValueOfString | Unset):
        location (DtoValueOfString | Unset):
        uo_m (DtoValueOfString | Unset):
        quantity (DtoValueOfDecimal | Unset):
        stock_component_lines (list[KitAssemblyStockComponentsUpdateDto] | Unset):
        stock_component_allocations (list[KitAssemblyStockComponentAllocationsUpdateDto] | Unset):
        non_stock_component_lines (list[KitAssemblyNonStockComponentsUpdateDto] | Unset):
        kit_allocations (list[INAllocationsUpdateDto] | Unset):
    """

    type_: str | Unset = UNSET
    ref_no: str | Unset = UNSET
    hold: DtoValueOfBoolean | Unset = UNSET
    date: DtoValueOfDateTime | Unset = UNSET
    post_period: DtoValueOfString | Unset = UNSET
    item_id: DtoValueOfString | Unset = UNSET
    revision: DtoValueOfString | Unset = UNSET
    reason_code: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    warehouse: DtoValueOfString | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    uo_m: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfDecimal | Unset = UNSET
    stock_component_lines: list[KitAssemblyStockComponentsUpdateDto] | Unset = UNSET
    stock_component_allocations: list[KitAssemblyStockComponentAllocationsUpdateDto] | Unset = UNSET
    non_stock_component_lines: list[KitAssemblyNonStockComponentsUpdateDto] | Unset = UNSET
    kit_allocations: list[INAllocationsUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        ref_no = self.ref_no

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        post_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_period, Unset):
            post_period = self.post_period.to_dict()

        item_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = self.item_id.to_dict()

        revision: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revision, Unset):
            revision = self.revision.to_dict()

        reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason_code, Unset):
            reason_code = self.reason_code.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        uo_m: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uo_m, Unset):
            uo_m = self.uo_m.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        stock_component_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_component_lines, Unset):
            stock_component_lines = []
            for stock_component_lines_item_data in self.stock_component_lines:
                stock_component_lines_item = stock_component_lines_item_data.to_dict()
                stock_component_lines.append(stock_component_lines_item)

        stock_component_allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_component_allocations, Unset):
            stock_component_allocations = []
            for stock_component_allocations_item_data in self.stock_component_allocations:
                stock_component_allocations_item = stock_component_allocations_item_data.to_dict()
                stock_component_allocations.append(stock_component_allocations_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ref_no is not UNSET:
            field_dict["refNo"] = ref_no
        if hold is not UNSET:
            field_dict["hold"] = hold
        if date is not UNSET:
            field_dict["date"] = date
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
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
        if stock_component_lines is not UNSET:
            field_dict["stockComponentLines"] = stock_component_lines
        if stock_component_allocations is not UNSET:
            field_dict["stockComponentAllocations"] = stock_component_allocations
        if non_stock_component_lines is not UNSET:
            field_dict["nonStockComponentLines"] = non_stock_component_lines
        if kit_allocations is not UNSET:
            field_dict["kitAllocations"] = kit_allocations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.ref_no = _rest.pop("refNo", UNSET)
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("postPeriod", UNSET)
        _instance.post_period = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("itemId", UNSET)
        _instance.item_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("revision", UNSET)
        _instance.revision = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("reasonCode", UNSET)
        _instance.reason_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("uoM", UNSET)
        _instance.uo_m = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("quantity", UNSET)
        _instance.quantity = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("stockComponentLines", UNSET)
        _instance.stock_component_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.KitAssemblyStockComponentsUpdateDto.from_dict(stock_component_lines_item_data)
                for stock_component_lines_item_data in _value
            ]
        )
        _value = _rest.pop("stockComponentAllocations", UNSET)
        _instance.stock_component_allocations = (
            UNSET
            if _value is UNSET
            else [
                _models.KitAssemblyStockComponentAllocationsUpdateDto.from_dict(stock_component_allocations_item_data)
                for stock_component_allocations_item_data in _value
            ]
        )
        _value = _rest.pop("nonStockComponentLines", UNSET)
        _instance.non_stock_component_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.KitAssemblyNonStockComponentsUpdateDto.from_dict(non_stock_component_lines_item_data)
                for non_stock_component_lines_item_data in _value
            ]
        )
        _value = _rest.pop("kitAllocations", UNSET)
        _instance.kit_allocations = (
            UNSET
            if _value is UNSET
            else [
                _models.INAllocationsUpdateDto.from_dict(kit_allocations_item_data)
                for kit_allocations_item_data in _value
            ]
        )
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
