from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.warehouse_dto_avg_default_cost import WarehouseDtoAvgDefaultCost, check_warehouse_dto_avg_default_cost
from ..models.warehouse_dto_fifo_default_cost import WarehouseDtoFifoDefaultCost, check_warehouse_dto_fifo_default_cost
from ..models.warehouse_dto_location_entry import WarehouseDtoLocationEntry, check_warehouse_dto_location_entry
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


@_attrs_define
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
        from ..models.address_in_warehouse_dto import AddressInWarehouseDto
        from ..models.branch_in_warehouse_dto import BranchInWarehouseDto
        from ..models.contact_in_warehouse_dto import ContactInWarehouseDto
        from ..models.drop_ship_location_in_warehouse_dto import DropShipLocationInWarehouseDto
        from ..models.receipt_location_in_warehouse_dto import ReceiptLocationInWarehouseDto
        from ..models.replenishment_class_in_warehouse_dto import ReplenishmentClassInWarehouseDto
        from ..models.return_location_in_warehouse_dto import ReturnLocationInWarehouseDto
        from ..models.ship_location_in_warehouse_dto import ShipLocationInWarehouseDto
        from ..models.warehouse_location_dto import WarehouseLocationDto

        d = dict(src_dict)
        warehouse_id = d.pop("warehouseID", UNSET)

        _branch = d.pop("branch", UNSET)
        branch: BranchInWarehouseDto | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = BranchInWarehouseDto.from_dict(_branch)

        _replenishment_class = d.pop("replenishmentClass", UNSET)
        replenishment_class: ReplenishmentClassInWarehouseDto | Unset
        if isinstance(_replenishment_class, Unset):
            replenishment_class = UNSET
        else:
            replenishment_class = ReplenishmentClassInWarehouseDto.from_dict(_replenishment_class)

        active = d.pop("active", UNSET)

        lock_site_pi_count_entry = d.pop("lockSitePICountEntry", UNSET)

        description = d.pop("description", UNSET)

        _location_entry = d.pop("locationEntry", UNSET)
        location_entry: WarehouseDtoLocationEntry | Unset
        if isinstance(_location_entry, Unset):
            location_entry = UNSET
        else:
            location_entry = check_warehouse_dto_location_entry(_location_entry)

        _avg_default_cost = d.pop("avgDefaultCost", UNSET)
        avg_default_cost: WarehouseDtoAvgDefaultCost | Unset
        if isinstance(_avg_default_cost, Unset):
            avg_default_cost = UNSET
        else:
            avg_default_cost = check_warehouse_dto_avg_default_cost(_avg_default_cost)

        _fifo_default_cost = d.pop("fifoDefaultCost", UNSET)
        fifo_default_cost: WarehouseDtoFifoDefaultCost | Unset
        if isinstance(_fifo_default_cost, Unset):
            fifo_default_cost = UNSET
        else:
            fifo_default_cost = check_warehouse_dto_fifo_default_cost(_fifo_default_cost)

        _receipt_location = d.pop("receiptLocation", UNSET)
        receipt_location: ReceiptLocationInWarehouseDto | Unset
        if isinstance(_receipt_location, Unset):
            receipt_location = UNSET
        else:
            receipt_location = ReceiptLocationInWarehouseDto.from_dict(_receipt_location)

        _ship_location = d.pop("shipLocation", UNSET)
        ship_location: ShipLocationInWarehouseDto | Unset
        if isinstance(_ship_location, Unset):
            ship_location = UNSET
        else:
            ship_location = ShipLocationInWarehouseDto.from_dict(_ship_location)

        _return_location = d.pop("returnLocation", UNSET)
        return_location: ReturnLocationInWarehouseDto | Unset
        if isinstance(_return_location, Unset):
            return_location = UNSET
        else:
            return_location = ReturnLocationInWarehouseDto.from_dict(_return_location)

        _drop_ship_location = d.pop("dropShipLocation", UNSET)
        drop_ship_location: DropShipLocationInWarehouseDto | Unset
        if isinstance(_drop_ship_location, Unset):
            drop_ship_location = UNSET
        else:
            drop_ship_location = DropShipLocationInWarehouseDto.from_dict(_drop_ship_location)

        _contact = d.pop("contact", UNSET)
        contact: ContactInWarehouseDto | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ContactInWarehouseDto.from_dict(_contact)

        _address = d.pop("address", UNSET)
        address: AddressInWarehouseDto | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressInWarehouseDto.from_dict(_address)

        _locations = d.pop("locations", UNSET)
        locations: list[WarehouseLocationDto] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = WarehouseLocationDto.from_dict(locations_item_data)

                locations.append(locations_item)

        timestamp = d.pop("timestamp", UNSET)

        warehouse_dto = cls(
            warehouse_id=warehouse_id,
            branch=branch,
            replenishment_class=replenishment_class,
            active=active,
            lock_site_pi_count_entry=lock_site_pi_count_entry,
            description=description,
            location_entry=location_entry,
            avg_default_cost=avg_default_cost,
            fifo_default_cost=fifo_default_cost,
            receipt_location=receipt_location,
            ship_location=ship_location,
            return_location=return_location,
            drop_ship_location=drop_ship_location,
            contact=contact,
            address=address,
            locations=locations,
            timestamp=timestamp,
        )

        warehouse_dto.additional_properties = d
        return warehouse_dto

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
