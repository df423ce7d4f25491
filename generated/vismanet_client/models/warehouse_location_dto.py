from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.warehouse_location_dto_primary_item_valid import (
    WarehouseLocationDtoPrimaryItemValid,
)
from ..types import UNSET, Unset

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
class WarehouseLocationDto:
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

    location_id: str | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    incl_qty_avail: bool | Unset = UNSET
    is_costed: bool | Unset = UNSET
    sales_valid: bool | Unset = UNSET
    receipts_valid: bool | Unset = UNSET
    transfers_valid: bool | Unset = UNSET
    assembly_valid: bool | Unset = UNSET
    primary_item_valid: WarehouseLocationDtoPrimaryItemValid | Unset = UNSET
    primary_item: PrimaryItemInWarehouseLocationDto | Unset = UNSET
    primary_item_class: PrimaryItemClassInWarehouseLocationDto | Unset = UNSET
    project: ProjectInWarehouseLocationDto | Unset = UNSET
    project_task: ProjectTaskInWarehouseLocationDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_id = self.location_id

        description = self.description

        active = self.active

        incl_qty_avail = self.incl_qty_avail

        is_costed = self.is_costed

        sales_valid = self.sales_valid

        receipts_valid = self.receipts_valid

        transfers_valid = self.transfers_valid

        assembly_valid = self.assembly_valid

        primary_item_valid: str | Unset = UNSET
        if not isinstance(self.primary_item_valid, Unset):
            primary_item_valid = self.primary_item_valid

        primary_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_item, Unset):
            primary_item = self.primary_item.to_dict()

        primary_item_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_item_class, Unset):
            primary_item_class = self.primary_item_class.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if incl_qty_avail is not UNSET:
            field_dict["inclQtyAvail"] = incl_qty_avail
        if is_costed is not UNSET:
            field_dict["isCosted"] = is_costed
        if sales_valid is not UNSET:
            field_dict["salesValid"] = sales_valid
        if receipts_valid is not UNSET:
            field_dict["receiptsValid"] = receipts_valid
        if transfers_valid is not UNSET:
            field_dict["transfersValid"] = transfers_valid
        if assembly_valid is not UNSET:
            field_dict["assemblyValid"] = assembly_valid
        if primary_item_valid is not UNSET:
            field_dict["primaryItemValid"] = primary_item_valid
        if primary_item is not UNSET:
            field_dict["primaryItem"] = primary_item
        if primary_item_class is not UNSET:
            field_dict["primaryItemClass"] = primary_item_class
        if project is not UNSET:
            field_dict["project"] = project
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.location_id = _rest.pop("locationId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.active = _rest.pop("active", UNSET)
        _instance.incl_qty_avail = _rest.pop("inclQtyAvail", UNSET)
        _instance.is_costed = _rest.pop("isCosted", UNSET)
        _instance.sales_valid = _rest.pop("salesValid", UNSET)
        _instance.receipts_valid = _rest.pop("receiptsValid", UNSET)
        _instance.transfers_valid = _rest.pop("transfersValid", UNSET)
        _instance.assembly_valid = _rest.pop("assemblyValid", UNSET)
        _instance.primary_item_valid = _rest.pop("primaryItemValid", UNSET)
        _value = _rest.pop("primaryItem", UNSET)
        _instance.primary_item = (
            UNSET if _value is UNSET else _models.PrimaryItemInWarehouseLocationDto.from_dict(_value)
        )
        _value = _rest.pop("primaryItemClass", UNSET)
        _instance.primary_item_class = (
            UNSET if _value is UNSET else _models.PrimaryItemClassInWarehouseLocationDto.from_dict(_value)
        )
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInWarehouseLocationDto.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = (
            UNSET if _value is UNSET else _models.ProjectTaskInWarehouseLocationDto.from_dict(_value)
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
