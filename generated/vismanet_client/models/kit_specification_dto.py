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
class KitSpecificationDto(GeneratedModel):
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

    kit_inventory_id: str | Unset | None = UNSET
    revision: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    is_active: bool | Unset | None = UNSET
    allow_component_addition: bool | Unset | None = UNSET
    is_non_stock: bool | Unset | None = UNSET
    created_date_time: datetime.datetime | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    stock_component_lines: list[KitSpecificationStockComponentsDto] | Unset | None = UNSET
    non_stock_component_lines: list[KitSpecificationNonStockComponentDto] | Unset | None = UNSET
    timestamp: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.kit_inventory_id
        if _value is not UNSET:
            field_dict["kitInventoryID"] = _value
        _value = self.revision
        if _value is not UNSET:
            field_dict["revision"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.is_active
        if _value is not UNSET:
            field_dict["isActive"] = _value
        _value = self.allow_component_addition
        if _value is not UNSET:
            field_dict["allowComponentAddition"] = _value
        _value = self.is_non_stock
        if _value is not UNSET:
            field_dict["isNonStock"] = _value
        _value = self.created_date_time
        if _value is not UNSET:
            field_dict["createdDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
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
        if cls is not KitSpecificationDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.kit_inventory_id = _rest.pop("kitInventoryID", UNSET)
        self.revision = _rest.pop("revision", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.is_active = _rest.pop("isActive", UNSET)
        self.allow_component_addition = _rest.pop("allowComponentAddition", UNSET)
        self.is_non_stock = _rest.pop("isNonStock", UNSET)
        _value = _rest.pop("createdDateTime", UNSET)
        self.created_date_time = _parse_datetime(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("stockComponentLines", UNSET)
        self.stock_component_lines = (
            [
                _models.KitSpecificationStockComponentsDto._vn_fill(
                    _new(_models.KitSpecificationStockComponentsDto), stock_component_lines_item_data
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
                _models.KitSpecificationNonStockComponentDto._vn_fill(
                    _new(_models.KitSpecificationNonStockComponentDto), non_stock_component_lines_item_data
                )
                if isinstance(non_stock_component_lines_item_data, dict)
                else non_stock_component_lines_item_data
                for non_stock_component_lines_item_data in _value
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
        ("kit_inventory_id", "kitInventoryID", False, "str"),
        ("revision", "revision", False, "str"),
        ("description", "description", False, "str"),
        ("is_active", "isActive", False, "bool"),
        ("allow_component_addition", "allowComponentAddition", False, "bool"),
        ("is_non_stock", "isNonStock", False, "bool"),
        ("created_date_time", "createdDateTime", False, "datetime"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        (
            "stock_component_lines",
            "stockComponentLines",
            False,
            ("list", ("model", "KitSpecificationStockComponentsDto")),
        ),
        (
            "non_stock_component_lines",
            "nonStockComponentLines",
            False,
            ("list", ("model", "KitSpecificationNonStockComponentDto")),
        ),
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


_Lazy = _lazy_twin(KitSpecificationDto)
