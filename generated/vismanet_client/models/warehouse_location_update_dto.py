from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
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

        d = dict(src_dict)
        _location_id = d.pop("locationId", UNSET)
        location_id: LocationIdInWarehouseLocationUpdateDto | Unset
        if isinstance(_location_id, Unset):
            location_id = UNSET
        else:
            location_id = LocationIdInWarehouseLocationUpdateDto.from_dict(_location_id)

        _description = d.pop("description", UNSET)
        description: DescriptionInWarehouseLocationUpdateDto | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DescriptionInWarehouseLocationUpdateDto.from_dict(_description)

        _active = d.pop("active", UNSET)
        active: ActiveInWarehouseLocationUpdateDto | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = ActiveInWarehouseLocationUpdateDto.from_dict(_active)

        _incl_qty_avail = d.pop("inclQtyAvail", UNSET)
        incl_qty_avail: InclQtyAvailInWarehouseLocationUpdateDto | Unset
        if isinstance(_incl_qty_avail, Unset):
            incl_qty_avail = UNSET
        else:
            incl_qty_avail = InclQtyAvailInWarehouseLocationUpdateDto.from_dict(_incl_qty_avail)

        _is_costed = d.pop("isCosted", UNSET)
        is_costed: IsCostedInWarehouseLocationUpdateDto | Unset
        if isinstance(_is_costed, Unset):
            is_costed = UNSET
        else:
            is_costed = IsCostedInWarehouseLocationUpdateDto.from_dict(_is_costed)

        _sales_valid = d.pop("salesValid", UNSET)
        sales_valid: SalesValidInWarehouseLocationUpdateDto | Unset
        if isinstance(_sales_valid, Unset):
            sales_valid = UNSET
        else:
            sales_valid = SalesValidInWarehouseLocationUpdateDto.from_dict(_sales_valid)

        _receipts_valid = d.pop("receiptsValid", UNSET)
        receipts_valid: ReceiptsValidInWarehouseLocationUpdateDto | Unset
        if isinstance(_receipts_valid, Unset):
            receipts_valid = UNSET
        else:
            receipts_valid = ReceiptsValidInWarehouseLocationUpdateDto.from_dict(_receipts_valid)

        _transfers_valid = d.pop("transfersValid", UNSET)
        transfers_valid: TransfersValidInWarehouseLocationUpdateDto | Unset
        if isinstance(_transfers_valid, Unset):
            transfers_valid = UNSET
        else:
            transfers_valid = TransfersValidInWarehouseLocationUpdateDto.from_dict(_transfers_valid)

        _assembly_valid = d.pop("assemblyValid", UNSET)
        assembly_valid: AssemblyValidInWarehouseLocationUpdateDto | Unset
        if isinstance(_assembly_valid, Unset):
            assembly_valid = UNSET
        else:
            assembly_valid = AssemblyValidInWarehouseLocationUpdateDto.from_dict(_assembly_valid)

        _pick_priority = d.pop("pickPriority", UNSET)
        pick_priority: PickPriorityInWarehouseLocationUpdateDto | Unset
        if isinstance(_pick_priority, Unset):
            pick_priority = UNSET
        else:
            pick_priority = PickPriorityInWarehouseLocationUpdateDto.from_dict(_pick_priority)

        _primary_item_valid = d.pop("primaryItemValid", UNSET)
        primary_item_valid: PrimaryItemValidInWarehouseLocationUpdateDto | Unset
        if isinstance(_primary_item_valid, Unset):
            primary_item_valid = UNSET
        else:
            primary_item_valid = PrimaryItemValidInWarehouseLocationUpdateDto.from_dict(_primary_item_valid)

        _primary_item_id = d.pop("primaryItemId", UNSET)
        primary_item_id: PrimaryItemIdInWarehouseLocationUpdateDto | Unset
        if isinstance(_primary_item_id, Unset):
            primary_item_id = UNSET
        else:
            primary_item_id = PrimaryItemIdInWarehouseLocationUpdateDto.from_dict(_primary_item_id)

        _primary_item_class_id = d.pop("primaryItemClassId", UNSET)
        primary_item_class_id: PrimaryItemClassIdInWarehouseLocationUpdateDto | Unset
        if isinstance(_primary_item_class_id, Unset):
            primary_item_class_id = UNSET
        else:
            primary_item_class_id = PrimaryItemClassIdInWarehouseLocationUpdateDto.from_dict(_primary_item_class_id)

        _project_id = d.pop("projectId", UNSET)
        project_id: ProjectIdInWarehouseLocationUpdateDto | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = ProjectIdInWarehouseLocationUpdateDto.from_dict(_project_id)

        _project_task_id = d.pop("projectTaskId", UNSET)
        project_task_id: ProjectTaskIdInWarehouseLocationUpdateDto | Unset
        if isinstance(_project_task_id, Unset):
            project_task_id = UNSET
        else:
            project_task_id = ProjectTaskIdInWarehouseLocationUpdateDto.from_dict(_project_task_id)

        warehouse_location_update_dto = cls(
            location_id=location_id,
            description=description,
            active=active,
            incl_qty_avail=incl_qty_avail,
            is_costed=is_costed,
            sales_valid=sales_valid,
            receipts_valid=receipts_valid,
            transfers_valid=transfers_valid,
            assembly_valid=assembly_valid,
            pick_priority=pick_priority,
            primary_item_valid=primary_item_valid,
            primary_item_id=primary_item_id,
            primary_item_class_id=primary_item_class_id,
            project_id=project_id,
            project_task_id=project_task_id,
        )

        warehouse_location_update_dto.additional_properties = d
        return warehouse_location_update_dto

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
