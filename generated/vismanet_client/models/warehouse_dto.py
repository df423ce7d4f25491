from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.warehouse_dto_avg_default_cost import WarehouseDtoAvgDefaultCost
from ..models.warehouse_dto_fifo_default_cost import WarehouseDtoFifoDefaultCost
from ..models.warehouse_dto_location_entry import WarehouseDtoLocationEntry
from ..types import UNSET, Unset

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
class WarehouseDto:
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

    warehouse_id: str | Unset = UNSET
    branch: BranchInWarehouseDto | Unset = UNSET
    replenishment_class: ReplenishmentClassInWarehouseDto | Unset = UNSET
    active: bool | Unset = UNSET
    lock_site_pi_count_entry: bool | Unset = UNSET
    description: str | Unset = UNSET
    location_entry: WarehouseDtoLocationEntry | Unset = UNSET
    avg_default_cost: WarehouseDtoAvgDefaultCost | Unset = UNSET
    fifo_default_cost: WarehouseDtoFifoDefaultCost | Unset = UNSET
    receipt_location: ReceiptLocationInWarehouseDto | Unset = UNSET
    ship_location: ShipLocationInWarehouseDto | Unset = UNSET
    return_location: ReturnLocationInWarehouseDto | Unset = UNSET
    drop_ship_location: DropShipLocationInWarehouseDto | Unset = UNSET
    contact: ContactInWarehouseDto | Unset = UNSET
    address: AddressInWarehouseDto | Unset = UNSET
    locations: list[WarehouseLocationDto] | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        replenishment_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replenishment_class, Unset):
            replenishment_class = self.replenishment_class.to_dict()

        active = self.active

        lock_site_pi_count_entry = self.lock_site_pi_count_entry

        description = self.description

        location_entry: str | Unset = UNSET
        if not isinstance(self.location_entry, Unset):
            location_entry = self.location_entry

        avg_default_cost: str | Unset = UNSET
        if not isinstance(self.avg_default_cost, Unset):
            avg_default_cost = self.avg_default_cost

        fifo_default_cost: str | Unset = UNSET
        if not isinstance(self.fifo_default_cost, Unset):
            fifo_default_cost = self.fifo_default_cost

        receipt_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receipt_location, Unset):
            receipt_location = self.receipt_location.to_dict()

        ship_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_location, Unset):
            ship_location = self.ship_location.to_dict()

        return_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.return_location, Unset):
            return_location = self.return_location.to_dict()

        drop_ship_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.drop_ship_location, Unset):
            drop_ship_location = self.drop_ship_location.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warehouse_id is not UNSET:
            field_dict["warehouseID"] = warehouse_id
        if branch is not UNSET:
            field_dict["branch"] = branch
        if replenishment_class is not UNSET:
            field_dict["replenishmentClass"] = replenishment_class
        if active is not UNSET:
            field_dict["active"] = active
        if lock_site_pi_count_entry is not UNSET:
            field_dict["lockSitePICountEntry"] = lock_site_pi_count_entry
        if description is not UNSET:
            field_dict["description"] = description
        if location_entry is not UNSET:
            field_dict["locationEntry"] = location_entry
        if avg_default_cost is not UNSET:
            field_dict["avgDefaultCost"] = avg_default_cost
        if fifo_default_cost is not UNSET:
            field_dict["fifoDefaultCost"] = fifo_default_cost
        if receipt_location is not UNSET:
            field_dict["receiptLocation"] = receipt_location
        if ship_location is not UNSET:
            field_dict["shipLocation"] = ship_location
        if return_location is not UNSET:
            field_dict["returnLocation"] = return_location
        if drop_ship_location is not UNSET:
            field_dict["dropShipLocation"] = drop_ship_location
        if contact is not UNSET:
            field_dict["contact"] = contact
        if address is not UNSET:
            field_dict["address"] = address
        if locations is not UNSET:
            field_dict["locations"] = locations
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.warehouse_id = _rest.pop("warehouseID", UNSET)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInWarehouseDto.from_dict(_value)
        _value = _rest.pop("replenishmentClass", UNSET)
        _instance.replenishment_class = (
            UNSET if _value is UNSET else _models.ReplenishmentClassInWarehouseDto.from_dict(_value)
        )
        _instance.active = _rest.pop("active", UNSET)
        _instance.lock_site_pi_count_entry = _rest.pop("lockSitePICountEntry", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.location_entry = _rest.pop("locationEntry", UNSET)
        _instance.avg_default_cost = _rest.pop("avgDefaultCost", UNSET)
        _instance.fifo_default_cost = _rest.pop("fifoDefaultCost", UNSET)
        _value = _rest.pop("receiptLocation", UNSET)
        _instance.receipt_location = (
            UNSET if _value is UNSET else _models.ReceiptLocationInWarehouseDto.from_dict(_value)
        )
        _value = _rest.pop("shipLocation", UNSET)
        _instance.ship_location = UNSET if _value is UNSET else _models.ShipLocationInWarehouseDto.from_dict(_value)
        _value = _rest.pop("returnLocation", UNSET)
        _instance.return_location = UNSET if _value is UNSET else _models.ReturnLocationInWarehouseDto.from_dict(_value)
        _value = _rest.pop("dropShipLocation", UNSET)
        _instance.drop_ship_location = (
            UNSET if _value is UNSET else _models.DropShipLocationInWarehouseDto.from_dict(_value)
        )
        _value = _rest.pop("contact", UNSET)
        _instance.contact = UNSET if _value is UNSET else _models.ContactInWarehouseDto.from_dict(_value)
        _value = _rest.pop("address", UNSET)
        _instance.address = UNSET if _value is UNSET else _models.AddressInWarehouseDto.from_dict(_value)
        _value = _rest.pop("locations", UNSET)
        _instance.locations = (
            UNSET
            if _value is UNSET
            else [_models.WarehouseLocationDto.from_dict(locations_item_data) for locations_item_data in _value]
        )
        _instance.timestamp = _rest.pop("timestamp", UNSET)
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
