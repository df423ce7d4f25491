from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.warehouse_location_dto_primary_item_valid import (
    WarehouseLocationDtoPrimaryItemValid,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.primary_item_class_in_warehouse_location_dto import PrimaryItemClassInWarehouseLocationDto
    from ..models.primary_item_in_warehouse_location_dto import PrimaryItemInWarehouseLocationDto
    from ..models.project_in_warehouse_location_dto import ProjectInWarehouseLocationDto
    from ..models.project_task_in_warehouse_location_dto import ProjectTaskInWarehouseLocationDto


T = TypeVar("T", bound="WarehouseLocationDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "location_id",
    "description",
    "active",
    "incl_qty_avail",
    "is_costed",
    "sales_valid",
    "receipts_valid",
    "transfers_valid",
    "assembly_valid",
    "primary_item_valid",
    "primary_item",
    "primary_item_class",
    "project",
    "project_task",
)


@_attrs_define(repr=False)
class WarehouseLocationDto(GeneratedModel):
    """
    Attributes:
        location_id (str | Unset): Location ID &gt; The unique ID of the warehouse location.
        description (str | Unset): Description &gt; A brief description of the warehouse location.
        active (bool | Unset): Active &gt; This check box indicates whether this location is active.
        incl_qty_avail (bool | Unset): Include in qty. available &gt; You select this check box if the quantities of
            goods available at this location will be included in the quantities of available goods and used in inventory
            transactions, such as issues and transfers.
        is_costed (bool | Unset): Cost separately &gt; You select this check box if the costs for goods available at
            this location will be calculated separately from costs calculated at the system-level; that is, for FIFO and
            specific valuation methods, separate cost layers will be created for this location.
        sales_valid (bool | Unset): Sales allowed &gt; You select this check box if sales are allowed from this
            location.
        receipts_valid (bool | Unset): Receipts allowed &gt; You select this check box if receipts are allowed at this
            location.
        transfers_valid (bool | Unset): Transfers allowed &gt; You select this check box if transfers are allowed for
            this location.
        assembly_valid (bool | Unset): Assembly allowed &gt; You select this check box if assembly operations are
            allowed at this location.
        primary_item_valid (WarehouseLocationDtoPrimaryItemValid | Unset): Primary item validation &gt; An option
            indicating whether the operations with the primary item should be validated for this location and how.
        primary_item (PrimaryItemInWarehouseLocationDto | Unset): Primary item &gt; The primary item for this location,
            which is the item that is received the most often or stored here in the highest volumes.
        primary_item_class (PrimaryItemClassInWarehouseLocationDto | Unset): Primary item class &gt; The primary item
            class for this location; items of this class are received the most often or stored here in the highest volumes.
        project (ProjectInWarehouseLocationDto | Unset): Project &gt; The project to associate with this location by
            default.
        project_task (ProjectTaskInWarehouseLocationDto | Unset): Project task &gt; The project task to associate with
            this location by default.
    """

    location_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    incl_qty_avail: bool | Unset | None = UNSET
    is_costed: bool | Unset | None = UNSET
    sales_valid: bool | Unset | None = UNSET
    receipts_valid: bool | Unset | None = UNSET
    transfers_valid: bool | Unset | None = UNSET
    assembly_valid: bool | Unset | None = UNSET
    primary_item_valid: WarehouseLocationDtoPrimaryItemValid | Unset | None = UNSET
    primary_item: PrimaryItemInWarehouseLocationDto | Unset | None = UNSET
    primary_item_class: PrimaryItemClassInWarehouseLocationDto | Unset | None = UNSET
    project: ProjectInWarehouseLocationDto | Unset | None = UNSET
    project_task: ProjectTaskInWarehouseLocationDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.incl_qty_avail
        if _value is not UNSET:
            field_dict["inclQtyAvail"] = _value
        _value = self.is_costed
        if _value is not UNSET:
            field_dict["isCosted"] = _value
        _value = self.sales_valid
        if _value is not UNSET:
            field_dict["salesValid"] = _value
        _value = self.receipts_valid
        if _value is not UNSET:
            field_dict["receiptsValid"] = _value
        _value = self.transfers_valid
        if _value is not UNSET:
            field_dict["transfersValid"] = _value
        _value = self.assembly_valid
        if _value is not UNSET:
            field_dict["assemblyValid"] = _value
        _value = self.primary_item_valid
        if _value is not UNSET:
            field_dict["primaryItemValid"] = _value
        _value = self.primary_item
        if _value is not UNSET:
            field_dict["primaryItem"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.primary_item_class
        if _value is not UNSET:
            field_dict["primaryItemClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not WarehouseLocationDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.location_id = _rest.pop("locationId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.active = _rest.pop("active", UNSET)
        self.incl_qty_avail = _rest.pop("inclQtyAvail", UNSET)
        self.is_costed = _rest.pop("isCosted", UNSET)
        self.sales_valid = _rest.pop("salesValid", UNSET)
        self.receipts_valid = _rest.pop("receiptsValid", UNSET)
        self.transfers_valid = _rest.pop("transfersValid", UNSET)
        self.assembly_valid = _rest.pop("assemblyValid", UNSET)
        self.primary_item_valid = _rest.pop("primaryItemValid", UNSET)
        _value = _rest.pop("primaryItem", UNSET)
        self.primary_item = (
            _models.PrimaryItemInWarehouseLocationDto._vn_fill(_new(_models.PrimaryItemInWarehouseLocationDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("primaryItemClass", UNSET)
        self.primary_item_class = (
            _models.PrimaryItemClassInWarehouseLocationDto._vn_fill(
                _new(_models.PrimaryItemClassInWarehouseLocationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInWarehouseLocationDto._vn_fill(_new(_models.ProjectInWarehouseLocationDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInWarehouseLocationDto._vn_fill(_new(_models.ProjectTaskInWarehouseLocationDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("location_id", "locationId", False, "str"),
        ("description", "description", False, "str"),
        ("active", "active", False, "bool"),
        ("incl_qty_avail", "inclQtyAvail", False, "bool"),
        ("is_costed", "isCosted", False, "bool"),
        ("sales_valid", "salesValid", False, "bool"),
        ("receipts_valid", "receiptsValid", False, "bool"),
        ("transfers_valid", "transfersValid", False, "bool"),
        ("assembly_valid", "assemblyValid", False, "bool"),
        ("primary_item_valid", "primaryItemValid", False, "str"),
        ("primary_item", "primaryItem", False, ("model", "PrimaryItemInWarehouseLocationDto")),
        ("primary_item_class", "primaryItemClass", False, ("model", "PrimaryItemClassInWarehouseLocationDto")),
        ("project", "project", False, ("model", "ProjectInWarehouseLocationDto")),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInWarehouseLocationDto")),
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


_Lazy = _lazy_twin(WarehouseLocationDto)
