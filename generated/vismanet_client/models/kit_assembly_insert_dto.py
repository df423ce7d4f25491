from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_date_time import DtoValueOfDateTime
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.in_allocations_update_dto import INAllocationsUpdateDto
    from ..models.kit_assembly_link_insert_dto import KitAssemblyLinkInsertDto
    from ..models.kit_assembly_non_stock_components_update_dto import KitAssemblyNonStockComponentsUpdateDto
    from ..models.kit_assembly_stock_component_allocations_update_dto import (
        KitAssemblyStockComponentAllocationsUpdateDto,
    )
    from ..models.kit_assembly_stock_components_update_dto import KitAssemblyStockComponentsUpdateDto


T = TypeVar("T", bound="KitAssemblyInsertDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "kit_assembly_link",
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
class KitAssemblyInsertDto(GeneratedModel):
    """
    Attributes:
        kit_assembly_link (KitAssemblyLinkInsertDto | Unset):
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

    kit_assembly_link: KitAssemblyLinkInsertDto | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    ref_no: str | Unset | None = UNSET
    hold: DtoValueOfBoolean | Unset | None = UNSET
    date: DtoValueOfDateTime | Unset | None = UNSET
    post_period: DtoValueOfString | Unset | None = UNSET
    item_id: DtoValueOfString | Unset | None = UNSET
    revision: DtoValueOfString | Unset | None = UNSET
    reason_code: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    warehouse: DtoValueOfString | Unset | None = UNSET
    location: DtoValueOfString | Unset | None = UNSET
    uo_m: DtoValueOfString | Unset | None = UNSET
    quantity: DtoValueOfDecimal | Unset | None = UNSET
    stock_component_lines: list[KitAssemblyStockComponentsUpdateDto] | Unset | None = UNSET
    stock_component_allocations: list[KitAssemblyStockComponentAllocationsUpdateDto] | Unset | None = UNSET
    non_stock_component_lines: list[KitAssemblyNonStockComponentsUpdateDto] | Unset | None = UNSET
    kit_allocations: list[INAllocationsUpdateDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.kit_assembly_link
        if _value is not UNSET:
            field_dict["kitAssemblyLink"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.ref_no
        if _value is not UNSET:
            field_dict["refNo"] = _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.item_id
        if _value is not UNSET:
            field_dict["itemId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.revision
        if _value is not UNSET:
            field_dict["revision"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uo_m
        if _value is not UNSET:
            field_dict["uoM"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.stock_component_allocations
        if _value is not UNSET:
            field_dict["stockComponentAllocations"] = (
                [
                    stock_component_allocations_item_data.to_dict()
                    if isinstance(stock_component_allocations_item_data, GeneratedModel)
                    else stock_component_allocations_item_data
                    for stock_component_allocations_item_data in _value
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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not KitAssemblyInsertDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("kitAssemblyLink", UNSET)
        self.kit_assembly_link = (
            _models.KitAssemblyLinkInsertDto._vn_fill(_new(_models.KitAssemblyLinkInsertDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.type_ = _rest.pop("type", UNSET)
        self.ref_no = _rest.pop("refNo", UNSET)
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("date", UNSET)
        self.date = (
            _models.DtoValueOfDateTime._vn_fill(_new(_models.DtoValueOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("postPeriod", UNSET)
        self.post_period = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("itemId", UNSET)
        self.item_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("revision", UNSET)
        self.revision = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("reasonCode", UNSET)
        self.reason_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uoM", UNSET)
        self.uo_m = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("quantity", UNSET)
        self.quantity = (
            _models.DtoValueOfDecimal._vn_fill(_new(_models.DtoValueOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("stockComponentLines", UNSET)
        self.stock_component_lines = (
            [
                _models.KitAssemblyStockComponentsUpdateDto._vn_fill(
                    _new(_models.KitAssemblyStockComponentsUpdateDto), stock_component_lines_item_data
                )
                if isinstance(stock_component_lines_item_data, dict)
                else stock_component_lines_item_data
                for stock_component_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("stockComponentAllocations", UNSET)
        self.stock_component_allocations = (
            [
                _models.KitAssemblyStockComponentAllocationsUpdateDto._vn_fill(
                    _new(_models.KitAssemblyStockComponentAllocationsUpdateDto), stock_component_allocations_item_data
                )
                if isinstance(stock_component_allocations_item_data, dict)
                else stock_component_allocations_item_data
                for stock_component_allocations_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("nonStockComponentLines", UNSET)
        self.non_stock_component_lines = (
            [
                _models.KitAssemblyNonStockComponentsUpdateDto._vn_fill(
                    _new(_models.KitAssemblyNonStockComponentsUpdateDto), non_stock_component_lines_item_data
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
                _models.INAllocationsUpdateDto._vn_fill(_new(_models.INAllocationsUpdateDto), kit_allocations_item_data)
                if isinstance(kit_allocations_item_data, dict)
                else kit_allocations_item_data
                for kit_allocations_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("kit_assembly_link", "kitAssemblyLink", False, ("model", "KitAssemblyLinkInsertDto")),
        ("type_", "type", False, "str"),
        ("ref_no", "refNo", False, "str"),
        ("hold", "hold", False, ("model", "DtoValueOfBoolean")),
        ("date", "date", False, ("model", "DtoValueOfDateTime")),
        ("post_period", "postPeriod", False, ("model", "DtoValueOfString")),
        ("item_id", "itemId", False, ("model", "DtoValueOfString")),
        ("revision", "revision", False, ("model", "DtoValueOfString")),
        ("reason_code", "reasonCode", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("warehouse", "warehouse", False, ("model", "DtoValueOfString")),
        ("location", "location", False, ("model", "DtoValueOfString")),
        ("uo_m", "uoM", False, ("model", "DtoValueOfString")),
        ("quantity", "quantity", False, ("model", "DtoValueOfDecimal")),
        (
            "stock_component_lines",
            "stockComponentLines",
            False,
            ("list", ("model", "KitAssemblyStockComponentsUpdateDto")),
        ),
        (
            "stock_component_allocations",
            "stockComponentAllocations",
            False,
            ("list", ("model", "KitAssemblyStockComponentAllocationsUpdateDto")),
        ),
        (
            "non_stock_component_lines",
            "nonStockComponentLines",
            False,
            ("list", ("model", "KitAssemblyNonStockComponentsUpdateDto")),
        ),
        ("kit_allocations", "kitAllocations", False, ("list", ("model", "INAllocationsUpdateDto"))),
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


_Lazy = _lazy_twin(KitAssemblyInsertDto)
