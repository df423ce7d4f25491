from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_in_warehouse_location_update_dto import ActiveInWarehouseLocationUpdateDto
    from ..models.assembly_valid_in_warehouse_location_update_dto import AssemblyValidInWarehouseLocationUpdateDto
    from ..models.description_in_warehouse_location_update_dto import DescriptionInWarehouseLocationUpdateDto
    from ..models.incl_qty_avail_in_warehouse_location_update_dto import InclQtyAvailInWarehouseLocationUpdateDto
    from ..models.is_costed_in_warehouse_location_update_dto import IsCostedInWarehouseLocationUpdateDto
    from ..models.location_id_in_warehouse_location_update_dto import LocationIdInWarehouseLocationUpdateDto
    from ..models.pick_priority_in_warehouse_location_update_dto import PickPriorityInWarehouseLocationUpdateDto
    from ..models.primary_item_class_id_in_warehouse_location_update_dto import (
        PrimaryItemClassIdInWarehouseLocationUpdateDto,
    )
    from ..models.primary_item_id_in_warehouse_location_update_dto import PrimaryItemIdInWarehouseLocationUpdateDto
    from ..models.primary_item_valid_in_warehouse_location_update_dto import (
        PrimaryItemValidInWarehouseLocationUpdateDto,
    )
    from ..models.project_id_in_warehouse_location_update_dto import ProjectIdInWarehouseLocationUpdateDto
    from ..models.project_task_id_in_warehouse_location_update_dto import ProjectTaskIdInWarehouseLocationUpdateDto
    from ..models.receipts_valid_in_warehouse_location_update_dto import ReceiptsValidInWarehouseLocationUpdateDto
    from ..models.sales_valid_in_warehouse_location_update_dto import SalesValidInWarehouseLocationUpdateDto
    from ..models.transfers_valid_in_warehouse_location_update_dto import TransfersValidInWarehouseLocationUpdateDto


T = TypeVar("T", bound="WarehouseLocationUpdateDto")

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
    "pick_priority",
    "primary_item_valid",
    "primary_item_id",
    "primary_item_class_id",
    "project_id",
    "project_task_id",
)


@_attrs_define(repr=False)
class WarehouseLocationUpdateDto:
    """
    Attributes:
        location_id (LocationIdInWarehouseLocationUpdateDto | Unset): Location ID &gt; The unique ID of the warehouse
            location.
        description (DescriptionInWarehouseLocationUpdateDto | Unset): Description &gt; A brief description of the
            warehouse location.
        active (ActiveInWarehouseLocationUpdateDto | Unset): Active &gt; This check box indicates whether this location
            is active.
        incl_qty_avail (InclQtyAvailInWarehouseLocationUpdateDto | Unset): Include in qty. available &gt; You select
            this check box if the quantities of goods available at this location will be included in the quantities of
            available goods and used in inventory transactions, such as issues and transfers.
        is_costed (IsCostedInWarehouseLocationUpdateDto | Unset): Cost separately &gt; You select this check box if the
            costs for goods available at this location will be calculated separately from costs calculated at the system-
            level; that is, for FIFO and specific valuation methods, separate cost layers will be created for this location.
        sales_valid (SalesValidInWarehouseLocationUpdateDto | Unset): Sales allowed &gt; You select this check box if
            sales are allowed from this location.
        receipts_valid (ReceiptsValidInWarehouseLocationUpdateDto | Unset): Receipts allowed &gt; You select this check
            box if receipts are allowed at this location.
        transfers_valid (TransfersValidInWarehouseLocationUpdateDto | Unset): Transfers allowed &gt; You select this
            check box if transfers are allowed for this location.
        assembly_valid (AssemblyValidInWarehouseLocationUpdateDto | Unset): Assembly allowed &gt; You select this check
            box if assembly operations are allowed at this location.
        pick_priority (PickPriorityInWarehouseLocationUpdateDto | Unset): Pick priority &gt; The order of which location
            should have priority.
        primary_item_valid (PrimaryItemValidInWarehouseLocationUpdateDto | Unset): Primary item validation &gt; An
            option indicating whether the operations with the primary item should be validated for this location and how.
        primary_item_id (PrimaryItemIdInWarehouseLocationUpdateDto | Unset): Primary item &gt; The primary item for this
            location, which is the item that is received the most often or stored here in the highest volumes.
        primary_item_class_id (PrimaryItemClassIdInWarehouseLocationUpdateDto | Unset): Primary item class &gt; The
            primary item class for this location; items of this class are received the most often or stored here in the
            highest volumes.
        project_id (ProjectIdInWarehouseLocationUpdateDto | Unset): Project &gt; The project to associate with this
            location by default.
        project_task_id (ProjectTaskIdInWarehouseLocationUpdateDto | Unset): Project task &gt; The project task to
            associate with this location by default.
    """

    location_id: LocationIdInWarehouseLocationUpdateDto | Unset = UNSET
    description: DescriptionInWarehouseLocationUpdateDto | Unset = UNSET
    active: ActiveInWarehouseLocationUpdateDto | Unset = UNSET
    incl_qty_avail: InclQtyAvailInWarehouseLocationUpdateDto | Unset = UNSET
    is_costed: IsCostedInWarehouseLocationUpdateDto | Unset = UNSET
    sales_valid: SalesValidInWarehouseLocationUpdateDto | Unset = UNSET
    receipts_valid: ReceiptsValidInWarehouseLocationUpdateDto | Unset = UNSET
    transfers_valid: TransfersValidInWarehouseLocationUpdateDto | Unset = UNSET
    assembly_valid: AssemblyValidInWarehouseLocationUpdateDto | Unset = UNSET
    pick_priority: PickPriorityInWarehouseLocationUpdateDto | Unset = UNSET
    primary_item_valid: PrimaryItemValidInWarehouseLocationUpdateDto | Unset = UNSET
    primary_item_id: PrimaryItemIdInWarehouseLocationUpdateDto | Unset = UNSET
    primary_item_class_id: PrimaryItemClassIdInWarehouseLocationUpdateDto | Unset = UNSET
    project_id: ProjectIdInWarehouseLocationUpdateDto | Unset = UNSET
    project_task_id: ProjectTaskIdInWarehouseLocationUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = self.location_id.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        incl_qty_avail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.incl_qty_avail, Unset):
            incl_qty_avail = self.incl_qty_avail.to_dict()

        is_costed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_costed, Unset):
            is_costed = self.is_costed.to_dict()

        sales_valid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_valid, Unset):
            sales_valid = self.sales_valid.to_dict()

        receipts_valid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receipts_valid, Unset):
            receipts_valid = self.receipts_valid.to_dict()

        transfers_valid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfers_valid, Unset):
            transfers_valid = self.transfers_valid.to_dict()

        assembly_valid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assembly_valid, Unset):
            assembly_valid = self.assembly_valid.to_dict()

        pick_priority: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pick_priority, Unset):
            pick_priority = self.pick_priority.to_dict()

        primary_item_valid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_item_valid, Unset):
            primary_item_valid = self.primary_item_valid.to_dict()

        primary_item_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_item_id, Unset):
            primary_item_id = self.primary_item_id.to_dict()

        primary_item_class_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_item_class_id, Unset):
            primary_item_class_id = self.primary_item_class_id.to_dict()

        project_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = self.project_id.to_dict()

        project_task_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task_id, Unset):
            project_task_id = self.project_task_id.to_dict()

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
        if pick_priority is not UNSET:
            field_dict["pickPriority"] = pick_priority
        if primary_item_valid is not UNSET:
            field_dict["primaryItemValid"] = primary_item_valid
        if primary_item_id is not UNSET:
            field_dict["primaryItemId"] = primary_item_id
        if primary_item_class_id is not UNSET:
            field_dict["primaryItemClassId"] = primary_item_class_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if project_task_id is not UNSET:
            field_dict["projectTaskId"] = project_task_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("locationId", UNSET)
        _instance.location_id = (
            UNSET if _value is UNSET else _models.LocationIdInWarehouseLocationUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("description", UNSET)
        _instance.description = (
            UNSET if _value is UNSET else _models.DescriptionInWarehouseLocationUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("active", UNSET)
        _instance.active = UNSET if _value is UNSET else _models.ActiveInWarehouseLocationUpdateDto.from_dict(_value)
        _value = _rest.pop("inclQtyAvail", UNSET)
        _instance.incl_qty_avail = (
            UNSET if _value is UNSET else _models.InclQtyAvailInWarehouseLocationUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("isCosted", UNSET)
        _instance.is_costed = (
            UNSET if _value is UNSET else _models.IsCostedInWarehouseLocationUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("salesValid", UNSET)
        _instance.sales_valid = (
            UNSET if _value is UNSET else _models.SalesValidInWarehouseLocationUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("receiptsValid", UNSET)
        _instance.receipts_valid = (
            UNSET if _value is UNSET else _models.ReceiptsValidInWarehouseLocationUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("transfersValid", UNSET)
        _instance.transfers_valid = (
            UNSET if _value is UNSET else _models.TransfersValidInWarehouseLocationUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("assemblyValid", UNSET)
        _instance.assembly_valid = (
            UNSET if _value is UNSET else _models.AssemblyValidInWarehouseLocationUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("pickPriority", UNSET)
        _instance.pick_priority = (
            UNSET if _value is UNSET else _models.PickPriorityInWarehouseLocationUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("primaryItemValid", UNSET)
        _instance.primary_item_valid = (
            UNSET if _value is UNSET else _models.PrimaryItemValidInWarehouseLocationUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("primaryItemId", UNSET)
        _instance.primary_item_id = (
            UNSET if _value is UNSET else _models.PrimaryItemIdInWarehouseLocationUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("primaryItemClassId", UNSET)
        _instance.primary_item_class_id = (
            UNSET if _value is UNSET else _models.PrimaryItemClassIdInWarehouseLocationUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("projectId", UNSET)
        _instance.project_id = (
            UNSET if _value is UNSET else _models.ProjectIdInWarehouseLocationUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("projectTaskId", UNSET)
        _instance.project_task_id = (
            UNSET if _value is UNSET else _models.ProjectTaskIdInWarehouseLocationUpdateDto.from_dict(_value)
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
