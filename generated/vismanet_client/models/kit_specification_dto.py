from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kit_specification_non_stock_component_dto import KitSpecificationNonStockComponentDto
    from ..models.kit_specification_stock_components_dto import KitSpecificationStockComponentsDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="KitSpecificationDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "kit_inventory_id",
    "revision",
    "description",
    "is_active",
    "allow_component_addition",
    "is_non_stock",
    "created_date_time",
    "last_modified_date_time",
    "stock_component_lines",
    "non_stock_component_lines",
    "timestamp",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class KitSpecificationDto:
    """
    Attributes:
        kit_inventory_id (str | Unset):
        revision (str | Unset):
        description (str | Unset):
        is_active (bool | Unset):
        allow_component_addition (bool | Unset):
        is_non_stock (bool | Unset):
        created_date_time (datetime.datetime | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        stock_component_lines (list[KitSpecificationStockComponentsDto] | Unset):
        non_stock_component_lines (list[KitSpecificationNonStockComponentDto] | Unset):
        timestamp (str | Unset): Timestamp of the kit specification record
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    kit_inventory_id: str | Unset = UNSET
    revision: str | Unset = UNSET
    description: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    allow_component_addition: bool | Unset = UNSET
    is_non_stock: bool | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    stock_component_lines: list[KitSpecificationStockComponentsDto] | Unset = UNSET
    non_stock_component_lines: list[KitSpecificationNonStockComponentDto] | Unset = UNSET
    timestamp: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kit_inventory_id = self.kit_inventory_id

        revision = self.revision

        description = self.description

        is_active = self.is_active

        allow_component_addition = self.allow_component_addition

        is_non_stock = self.is_non_stock

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

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

        timestamp = self.timestamp

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kit_inventory_id is not UNSET:
            field_dict["kitInventoryID"] = kit_inventory_id
        if revision is not UNSET:
            field_dict["revision"] = revision
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if allow_component_addition is not UNSET:
            field_dict["allowComponentAddition"] = allow_component_addition
        if is_non_stock is not UNSET:
            field_dict["isNonStock"] = is_non_stock
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if stock_component_lines is not UNSET:
            field_dict["stockComponentLines"] = stock_component_lines
        if non_stock_component_lines is not UNSET:
            field_dict["nonStockComponentLines"] = non_stock_component_lines
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
        _instance.kit_inventory_id = _rest.pop("kitInventoryID", UNSET)
        _instance.revision = _rest.pop("revision", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.is_active = _rest.pop("isActive", UNSET)
        _instance.allow_component_addition = _rest.pop("allowComponentAddition", UNSET)
        _instance.is_non_stock = _rest.pop("isNonStock", UNSET)
        _value = _rest.pop("createdDateTime", UNSET)
        _instance.created_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("stockComponentLines", UNSET)
        _instance.stock_component_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.KitSpecificationStockComponentsDto.from_dict(stock_component_lines_item_data)
                for stock_component_lines_item_data in _value
            ]
        )
        _value = _rest.pop("nonStockComponentLines", UNSET)
        _instance.non_stock_component_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.KitSpecificationNonStockComponentDto.from_dict(non_stock_component_lines_item_data)
                for non_stock_component_lines_item_data in _value
            ]
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
