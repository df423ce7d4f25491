from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.warehouse_dto_avg_default_cost import WarehouseDtoAvgDefaultCost
from ..models.warehouse_dto_fifo_default_cost import WarehouseDtoFifoDefaultCost
from ..models.warehouse_dto_location_entry import WarehouseDtoLocationEntry
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.address_in_warehouse_dto import AddressInWarehouseDto
    from ..models.branch_in_warehouse_dto import BranchInWarehouseDto
    from ..models.contact_in_warehouse_dto import ContactInWarehouseDto
    from ..models.drop_ship_location_in_warehouse_dto import DropShipLocationInWarehouseDto
    from ..models.receipt_location_in_warehouse_dto import ReceiptLocationInWarehouseDto
    from ..models.replenishment_class_in_warehouse_dto import ReplenishmentClassInWarehouseDto
    from ..models.return_location_in_warehouse_dto import ReturnLocationInWarehouseDto
    from ..models.ship_location_in_warehouse_dto import ShipLocationInWarehouseDto
    from ..models.warehouse_location_dto import WarehouseLocationDto


T = TypeVar("T", bound="WarehouseDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "warehouse_id",
    "branch",
    "replenishment_class",
    "active",
    "lock_site_pi_count_entry",
    "description",
    "location_entry",
    "avg_default_cost",
    "fifo_default_cost",
    "receipt_location",
    "ship_location",
    "return_location",
    "drop_ship_location",
    "contact",
    "address",
    "locations",
    "timestamp",
)


@_attrs_define(repr=False)
class WarehouseDto(GeneratedModel):
    """This class represents a Warehouse in WarehouseController. Used for getting data.

    Attributes:
        warehouse_id (str | Unset): Mandatory field: The top part &gt; Warehouse ID* &gt; The unique ID of the
            warehouse.
        branch (BranchInWarehouseDto | Unset): Mandatory field: The top part &gt; Branch* &gt; The branch associated
            with the company.
        replenishment_class (ReplenishmentClassInWarehouseDto | Unset): The top part &gt; Replenishment class &gt; The
            replenishment class associated with this warehouse.
        active (bool | Unset): The top part &gt; Active &gt; This check box indicates (if selected) that the warehouse
            is active.
        lock_site_pi_count_entry (bool | Unset): The top part &gt; Freeze the inventory when the stocktaking is in data
            entry state &gt; This check box indicates (if selected) that the inventory in the warehouse will be frozen
            during the stocktaking and data entry stages of stocktaking.
        description (str | Unset): The top part &gt; Description &gt; A brief description of the warehouse.
        location_entry (WarehouseDtoLocationEntry | Unset): The top part &gt; Location entry &gt; An option indicating
            whether warehouse locations can be added directly on any inventory document or only by using this window.
        avg_default_cost (WarehouseDtoAvgDefaultCost | Unset): The top part &gt; Avg. default return cost &gt; For items
            with the Average valuation method, the option that defines which of costs should be used for returns and
            receipts.
        fifo_default_cost (WarehouseDtoFifoDefaultCost | Unset): The top part &gt; FIFO default returns cost &gt; For
            items with the FIFO valuation method, the option that defines which of costs should be used for returns and
            receipts.
        receipt_location (ReceiptLocationInWarehouseDto | Unset): Location table tab &gt; Receiving location &gt; The
            warehouse location to be used to receive goods.
        ship_location (ShipLocationInWarehouseDto | Unset): Location table tab &gt; Shipping location &gt; The warehouse
            location to be used to ship goods.
        return_location (ReturnLocationInWarehouseDto | Unset): Location table tab &gt; RMA location &gt; The RMA
            warehouse location.
        drop_ship_location (DropShipLocationInWarehouseDto | Unset): Location table tab &gt; Drop-ship location &gt; The
            warehouse location used to account for drop shipments.
        contact (ContactInWarehouseDto | Unset): Address information tab &gt; Contact section &gt;
        address (AddressInWarehouseDto | Unset): Address information tab &gt; Address section &gt;
        locations (list[WarehouseLocationDto] | Unset): Location table tab &gt; The location table &gt;
        timestamp (str | Unset): Timestamp of the warehouse record
    """

    warehouse_id: str | Unset | None = UNSET
    branch: BranchInWarehouseDto | Unset | None = UNSET
    replenishment_class: ReplenishmentClassInWarehouseDto | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    lock_site_pi_count_entry: bool | Unset | None = UNSET
    description: str | Unset | None = UNSET
    location_entry: WarehouseDtoLocationEntry | Unset | None = UNSET
    avg_default_cost: WarehouseDtoAvgDefaultCost | Unset | None = UNSET
    fifo_default_cost: WarehouseDtoFifoDefaultCost | Unset | None = UNSET
    receipt_location: ReceiptLocationInWarehouseDto | Unset | None = UNSET
    ship_location: ShipLocationInWarehouseDto | Unset | None = UNSET
    return_location: ReturnLocationInWarehouseDto | Unset | None = UNSET
    drop_ship_location: DropShipLocationInWarehouseDto | Unset | None = UNSET
    contact: ContactInWarehouseDto | Unset | None = UNSET
    address: AddressInWarehouseDto | Unset | None = UNSET
    locations: list[WarehouseLocationDto] | Unset | None = UNSET
    timestamp: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.warehouse_id
        if _value is not UNSET:
            field_dict["warehouseID"] = _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.replenishment_class
        if _value is not UNSET:
            field_dict["replenishmentClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.lock_site_pi_count_entry
        if _value is not UNSET:
            field_dict["lockSitePICountEntry"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.location_entry
        if _value is not UNSET:
            field_dict["locationEntry"] = _value
        _value = self.avg_default_cost
        if _value is not UNSET:
            field_dict["avgDefaultCost"] = _value
        _value = self.fifo_default_cost
        if _value is not UNSET:
            field_dict["fifoDefaultCost"] = _value
        _value = self.receipt_location
        if _value is not UNSET:
            field_dict["receiptLocation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ship_location
        if _value is not UNSET:
            field_dict["shipLocation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.return_location
        if _value is not UNSET:
            field_dict["returnLocation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.drop_ship_location
        if _value is not UNSET:
            field_dict["dropShipLocation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contact
        if _value is not UNSET:
            field_dict["contact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.address
        if _value is not UNSET:
            field_dict["address"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.locations
        if _value is not UNSET:
            field_dict["locations"] = (
                [
                    locations_item_data.to_dict()
                    if isinstance(locations_item_data, GeneratedModel)
                    else locations_item_data
                    for locations_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.timestamp
        if _value is not UNSET:
            field_dict["timestamp"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not WarehouseDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.warehouse_id = _rest.pop("warehouseID", UNSET)
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInWarehouseDto._vn_fill(_new(_models.BranchInWarehouseDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("replenishmentClass", UNSET)
        self.replenishment_class = (
            _models.ReplenishmentClassInWarehouseDto._vn_fill(_new(_models.ReplenishmentClassInWarehouseDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.active = _rest.pop("active", UNSET)
        self.lock_site_pi_count_entry = _rest.pop("lockSitePICountEntry", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.location_entry = _rest.pop("locationEntry", UNSET)
        self.avg_default_cost = _rest.pop("avgDefaultCost", UNSET)
        self.fifo_default_cost = _rest.pop("fifoDefaultCost", UNSET)
        _value = _rest.pop("receiptLocation", UNSET)
        self.receipt_location = (
            _models.ReceiptLocationInWarehouseDto._vn_fill(_new(_models.ReceiptLocationInWarehouseDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shipLocation", UNSET)
        self.ship_location = (
            _models.ShipLocationInWarehouseDto._vn_fill(_new(_models.ShipLocationInWarehouseDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("returnLocation", UNSET)
        self.return_location = (
            _models.ReturnLocationInWarehouseDto._vn_fill(_new(_models.ReturnLocationInWarehouseDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("dropShipLocation", UNSET)
        self.drop_ship_location = (
            _models.DropShipLocationInWarehouseDto._vn_fill(_new(_models.DropShipLocationInWarehouseDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("contact", UNSET)
        self.contact = (
            _models.ContactInWarehouseDto._vn_fill(_new(_models.ContactInWarehouseDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("address", UNSET)
        self.address = (
            _models.AddressInWarehouseDto._vn_fill(_new(_models.AddressInWarehouseDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("locations", UNSET)
        self.locations = (
            [
                _models.WarehouseLocationDto._vn_fill(_new(_models.WarehouseLocationDto), locations_item_data)
                if isinstance(locations_item_data, dict)
                else locations_item_data
                for locations_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.timestamp = _rest.pop("timestamp", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("warehouse_id", "warehouseID", False, "str"),
        ("branch", "branch", False, ("model", "BranchInWarehouseDto")),
        ("replenishment_class", "replenishmentClass", False, ("model", "ReplenishmentClassInWarehouseDto")),
        ("active", "active", False, "bool"),
        ("lock_site_pi_count_entry", "lockSitePICountEntry", False, "bool"),
        ("description", "description", False, "str"),
        ("location_entry", "locationEntry", False, "str"),
        ("avg_default_cost", "avgDefaultCost", False, "str"),
        ("fifo_default_cost", "fifoDefaultCost", False, "str"),
        ("receipt_location", "receiptLocation", False, ("model", "ReceiptLocationInWarehouseDto")),
        ("ship_location", "shipLocation", False, ("model", "ShipLocationInWarehouseDto")),
        ("return_location", "returnLocation", False, ("model", "ReturnLocationInWarehouseDto")),
        ("drop_ship_location", "dropShipLocation", False, ("model", "DropShipLocationInWarehouseDto")),
        ("contact", "contact", False, ("model", "ContactInWarehouseDto")),
        ("address", "address", False, ("model", "AddressInWarehouseDto")),
        ("locations", "locations", False, ("list", ("model", "WarehouseLocationDto"))),
        ("timestamp", "timestamp", False, "str"),
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


_Lazy = _lazy_twin(WarehouseDto)
