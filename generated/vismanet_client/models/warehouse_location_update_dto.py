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
class WarehouseLocationUpdateDto(GeneratedModel):
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

    location_id: LocationIdInWarehouseLocationUpdateDto | Unset | None = UNSET
    description: DescriptionInWarehouseLocationUpdateDto | Unset | None = UNSET
    active: ActiveInWarehouseLocationUpdateDto | Unset | None = UNSET
    incl_qty_avail: InclQtyAvailInWarehouseLocationUpdateDto | Unset | None = UNSET
    is_costed: IsCostedInWarehouseLocationUpdateDto | Unset | None = UNSET
    sales_valid: SalesValidInWarehouseLocationUpdateDto | Unset | None = UNSET
    receipts_valid: ReceiptsValidInWarehouseLocationUpdateDto | Unset | None = UNSET
    transfers_valid: TransfersValidInWarehouseLocationUpdateDto | Unset | None = UNSET
    assembly_valid: AssemblyValidInWarehouseLocationUpdateDto | Unset | None = UNSET
    pick_priority: PickPriorityInWarehouseLocationUpdateDto | Unset | None = UNSET
    primary_item_valid: PrimaryItemValidInWarehouseLocationUpdateDto | Unset | None = UNSET
    primary_item_id: PrimaryItemIdInWarehouseLocationUpdateDto | Unset | None = UNSET
    primary_item_class_id: PrimaryItemClassIdInWarehouseLocationUpdateDto | Unset | None = UNSET
    project_id: ProjectIdInWarehouseLocationUpdateDto | Unset | None = UNSET
    project_task_id: ProjectTaskIdInWarehouseLocationUpdateDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.incl_qty_avail
        if _value is not UNSET:
            field_dict["inclQtyAvail"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.is_costed
        if _value is not UNSET:
            field_dict["isCosted"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_valid
        if _value is not UNSET:
            field_dict["salesValid"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.receipts_valid
        if _value is not UNSET:
            field_dict["receiptsValid"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.transfers_valid
        if _value is not UNSET:
            field_dict["transfersValid"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.assembly_valid
        if _value is not UNSET:
            field_dict["assemblyValid"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.pick_priority
        if _value is not UNSET:
            field_dict["pickPriority"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.primary_item_valid
        if _value is not UNSET:
            field_dict["primaryItemValid"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.primary_item_id
        if _value is not UNSET:
            field_dict["primaryItemId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.primary_item_class_id
        if _value is not UNSET:
            field_dict["primaryItemClassId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_id
        if _value is not UNSET:
            field_dict["projectId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task_id
        if _value is not UNSET:
            field_dict["projectTaskId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not WarehouseLocationUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("locationId", UNSET)
        self.location_id = (
            _models.LocationIdInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.LocationIdInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DescriptionInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.DescriptionInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("active", UNSET)
        self.active = (
            _models.ActiveInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.ActiveInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inclQtyAvail", UNSET)
        self.incl_qty_avail = (
            _models.InclQtyAvailInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.InclQtyAvailInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("isCosted", UNSET)
        self.is_costed = (
            _models.IsCostedInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.IsCostedInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesValid", UNSET)
        self.sales_valid = (
            _models.SalesValidInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.SalesValidInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("receiptsValid", UNSET)
        self.receipts_valid = (
            _models.ReceiptsValidInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.ReceiptsValidInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("transfersValid", UNSET)
        self.transfers_valid = (
            _models.TransfersValidInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.TransfersValidInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("assemblyValid", UNSET)
        self.assembly_valid = (
            _models.AssemblyValidInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.AssemblyValidInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("pickPriority", UNSET)
        self.pick_priority = (
            _models.PickPriorityInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.PickPriorityInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("primaryItemValid", UNSET)
        self.primary_item_valid = (
            _models.PrimaryItemValidInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.PrimaryItemValidInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("primaryItemId", UNSET)
        self.primary_item_id = (
            _models.PrimaryItemIdInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.PrimaryItemIdInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("primaryItemClassId", UNSET)
        self.primary_item_class_id = (
            _models.PrimaryItemClassIdInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.PrimaryItemClassIdInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectId", UNSET)
        self.project_id = (
            _models.ProjectIdInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.ProjectIdInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTaskId", UNSET)
        self.project_task_id = (
            _models.ProjectTaskIdInWarehouseLocationUpdateDto._vn_fill(
                _new(_models.ProjectTaskIdInWarehouseLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("location_id", "locationId", False, ("model", "LocationIdInWarehouseLocationUpdateDto")),
        ("description", "description", False, ("model", "DescriptionInWarehouseLocationUpdateDto")),
        ("active", "active", False, ("model", "ActiveInWarehouseLocationUpdateDto")),
        ("incl_qty_avail", "inclQtyAvail", False, ("model", "InclQtyAvailInWarehouseLocationUpdateDto")),
        ("is_costed", "isCosted", False, ("model", "IsCostedInWarehouseLocationUpdateDto")),
        ("sales_valid", "salesValid", False, ("model", "SalesValidInWarehouseLocationUpdateDto")),
        ("receipts_valid", "receiptsValid", False, ("model", "ReceiptsValidInWarehouseLocationUpdateDto")),
        ("transfers_valid", "transfersValid", False, ("model", "TransfersValidInWarehouseLocationUpdateDto")),
        ("assembly_valid", "assemblyValid", False, ("model", "AssemblyValidInWarehouseLocationUpdateDto")),
        ("pick_priority", "pickPriority", False, ("model", "PickPriorityInWarehouseLocationUpdateDto")),
        ("primary_item_valid", "primaryItemValid", False, ("model", "PrimaryItemValidInWarehouseLocationUpdateDto")),
        ("primary_item_id", "primaryItemId", False, ("model", "PrimaryItemIdInWarehouseLocationUpdateDto")),
        (
            "primary_item_class_id",
            "primaryItemClassId",
            False,
            ("model", "PrimaryItemClassIdInWarehouseLocationUpdateDto"),
        ),
        ("project_id", "projectId", False, ("model", "ProjectIdInWarehouseLocationUpdateDto")),
        ("project_task_id", "projectTaskId", False, ("model", "ProjectTaskIdInWarehouseLocationUpdateDto")),
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


_Lazy = _lazy_twin(WarehouseLocationUpdateDto)
