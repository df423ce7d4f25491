from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_in_inventory_summary_dto import InventoryInInventorySummaryDto
    from ..models.location_in_inventory_summary_dto import LocationInInventorySummaryDto
    from ..models.metadata_dto import MetadataDto
    from ..models.warehouse_in_inventory_summary_dto import WarehouseInInventorySummaryDto


T = TypeVar("T", bound="InventorySummaryDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "inventory",
    "warehouse",
    "location",
    "available",
    "available_for_shipment",
    "not_available",
    "so_booked",
    "so_allocated",
    "so_shipped",
    "so_back_ordered",
    "in_issues",
    "in_receipts",
    "in_transit",
    "in_assembly_demand",
    "in_assembly_supply",
    "purchase_prepared",
    "purchase_orders",
    "po_receipts",
    "expired",
    "on_hand",
    "so_to_purchase",
    "purchase_for_so",
    "purchase_for_so_prepared",
    "purchase_for_so_receipts",
    "so_to_drop_ship",
    "drop_ship_for_so",
    "drop_ship_for_so_prepared",
    "drop_ship_for_so_receipts",
    "base_unit",
    "estimated_unit_cost",
    "estimated_total_cost",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class InventorySummaryDto:
    """This class represents a InventorySummary in InventorySummaryController. Used by getting data.

    Attributes:
        inventory (InventoryInInventorySummaryDto | Unset): Mandatory field: The top part &gt; Item ID* &gt; 	The stock
            item for which you want to view data. Click the magnifier.
        warehouse (WarehouseInInventorySummaryDto | Unset): The top part &gt; Warehouse &gt; The warehouse for which you
            want to view data.
        location (LocationInInventorySummaryDto | Unset): The top part &gt; Location &gt; The location for which you
            want to view data; select a location, or make no selection to view data for all locations.
        available (float | Unset): The table &gt; Available &gt; The quantity of the stock items available at the
            specific warehouse and location.
        available_for_shipment (float | Unset): The table &gt; Available for shipment &gt; The quantity of the stock
            items available at the specific warehouse and location calculated based on the quantity on hand with the
            quantities shipped and on shipping deducted.
        not_available (float | Unset): The table &gt; Not available &gt; The quantity of the stock items on locations
            for which the Include in qty. available option is not selected.
        so_booked (float | Unset): The table &gt; Sales order booked &gt; The quantity of the stock items booked
            according to sales orders.
        so_allocated (float | Unset): The table &gt; Sales order allocated &gt; The quantity of stock items set aside
            according to sales orders.
        so_shipped (float | Unset): The table &gt; Sales orders shipped &gt; The quantity of the stock items shipped
            according to the confirmed shipments.
        so_back_ordered (float | Unset): The table &gt; Back orders &gt; The quantity of the stock items on sales orders
            with the Back order status.
        in_issues (float | Unset): The table &gt; Inventory issues &gt; The quantity of the stock items included in the
            inventory issue documents that have not yet been released.
        in_receipts (float | Unset): The table &gt; Invnetory receipts &gt; The quantity of the stock items included in
            the inventory receipt documents that have not yet been released.
        in_transit (float | Unset): The table &gt; In transit &gt; The quantity of the stock items included as in
            transit quantities in the inventory transfer documents that have not yet been released.
        in_assembly_demand (float | Unset): The table &gt; In assembly demand &gt; The quantity of the stock items
            included in unreleased kit assembly documents as components or kits, depending on whether the item is a kit or a
            kit component.
        in_assembly_supply (float | Unset): The table &gt; In assembly supply &gt; The quantity of the stock items
            listed on unreleased kit assembly documents.
        purchase_prepared (float | Unset): The table &gt; Purchase prepared &gt; The quantity of the stock items listed
            on purchase orders pending approval and on hold.
        purchase_orders (float | Unset): The table &gt; Purchase orders &gt; The quantity of the stock items included in
            open purchase orders. To view the purchase orders, open the Purchase orders (PO301000) window.
        po_receipts (float | Unset): The table &gt; Purchase order receipts &gt; The quantity of the stock items
            included in the purchase receipts that have not yet been released. To view the purchase receipts, open the
            Purchase receipts (PO302000) window.
        expired (float | Unset): The table &gt; Expired &gt; The quantity of the stock items that has reached its
            expiration date.
        on_hand (float | Unset): The table &gt; On hand &gt; The quantity of the stock items available on hand at the
            specified warehouse and location.
        so_to_purchase (float | Unset): The table &gt; Sales order to purchase &gt; The quantity of the stock items
            included in unreleased sales orders requiring creating purchase orders.
        purchase_for_so (float | Unset): The table &gt; Purchase for sales order. &gt; The quantity of the stock items
            listed on open purchase orders created for sales orders.
        purchase_for_so_prepared (float | Unset): The table &gt; Purchase for sales order prepared &gt; The quantity of
            the stock items listed on purchase orders yet on hold or pending approval and created for back orders.
        purchase_for_so_receipts (float | Unset): The table &gt; Purchase for sales order receipts &gt; The quantity of
            the stock items listed on purchase receipts for orders that were created for sales orders.
        so_to_drop_ship (float | Unset): The table &gt; Sales order to drop-ship &gt; The quantity of the stock items
            included in open purchase orders created for drop-ship orders.
        drop_ship_for_so (float | Unset): The table &gt; Drop-ship for sales order &gt; The quantity of the stock items
            listed on open drop-ship orders. This value is not included in the quantity available.
        drop_ship_for_so_prepared (float | Unset): The table &gt; Drop-ship for sales order, prepared &gt; The quantity
            of the stock items listed on drop-ship sales orders with a status of On hold or Pending approval; this value is
            not included in the quantity available.
        drop_ship_for_so_receipts (float | Unset): The table &gt; Drop-ship for sales order, receipts &gt; The quantity
            of the stock items listed on receipts for drop-ship sales orders; this value is not included in the quantity
            available.
        base_unit (str | Unset): The table &gt; Base unit &gt; The unit of measure (UoM) selected as the base unit for
            the stock items in the Stock items (IN202500) window.
        estimated_unit_cost (float | Unset): The table &gt; Estimated unit cost &gt; The estimated unit cost of the
            selected stock items.
        estimated_total_cost (float | Unset): The table &gt; Estimated total cost &gt; The estimated total cost of the
            stock items available at the specified warehouse and location.
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    inventory: InventoryInInventorySummaryDto | Unset = UNSET
    warehouse: WarehouseInInventorySummaryDto | Unset = UNSET
    location: LocationInInventorySummaryDto | Unset = UNSET
    available: float | Unset = UNSET
    available_for_shipment: float | Unset = UNSET
    not_available: float | Unset = UNSET
    so_booked: float | Unset = UNSET
    so_allocated: float | Unset = UNSET
    so_shipped: float | Unset = UNSET
    so_back_ordered: float | Unset = UNSET
    in_issues: float | Unset = UNSET
    in_receipts: float | Unset = UNSET
    in_transit: float | Unset = UNSET
    in_assembly_demand: float | Unset = UNSET
    in_assembly_supply: float | Unset = UNSET
    purchase_prepared: float | Unset = UNSET
    purchase_orders: float | Unset = UNSET
    po_receipts: float | Unset = UNSET
    expired: float | Unset = UNSET
    on_hand: float | Unset = UNSET
    so_to_purchase: float | Unset = UNSET
    purchase_for_so: float | Unset = UNSET
    purchase_for_so_prepared: float | Unset = UNSET
    purchase_for_so_receipts: float | Unset = UNSET
    so_to_drop_ship: float | Unset = UNSET
    drop_ship_for_so: float | Unset = UNSET
    drop_ship_for_so_prepared: float | Unset = UNSET
    drop_ship_for_so_receipts: float | Unset = UNSET
    base_unit: str | Unset = UNSET
    estimated_unit_cost: float | Unset = UNSET
    estimated_total_cost: float | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        available = self.available

        available_for_shipment = self.available_for_shipment

        not_available = self.not_available

        so_booked = self.so_booked

        so_allocated = self.so_allocated

        so_shipped = self.so_shipped

        so_back_ordered = self.so_back_ordered

        in_issues = self.in_issues

        in_receipts = self.in_receipts

        in_transit = self.in_transit

        in_assembly_demand = self.in_assembly_demand

        in_assembly_supply = self.in_assembly_supply

        purchase_prepared = self.purchase_prepared

        purchase_orders = self.purchase_orders

        po_receipts = self.po_receipts

        expired = self.expired

        on_hand = self.on_hand

        so_to_purchase = self.so_to_purchase

        purchase_for_so = self.purchase_for_so

        purchase_for_so_prepared = self.purchase_for_so_prepared

        purchase_for_so_receipts = self.purchase_for_so_receipts

        so_to_drop_ship = self.so_to_drop_ship

        drop_ship_for_so = self.drop_ship_for_so

        drop_ship_for_so_prepared = self.drop_ship_for_so_prepared

        drop_ship_for_so_receipts = self.drop_ship_for_so_receipts

        base_unit = self.base_unit

        estimated_unit_cost = self.estimated_unit_cost

        estimated_total_cost = self.estimated_total_cost

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if location is not UNSET:
            field_dict["location"] = location
        if available is not UNSET:
            field_dict["available"] = available
        if available_for_shipment is not UNSET:
            field_dict["availableForShipment"] = available_for_shipment
        if not_available is not UNSET:
            field_dict["notAvailable"] = not_available
        if so_booked is not UNSET:
            field_dict["soBooked"] = so_booked
        if so_allocated is not UNSET:
            field_dict["soAllocated"] = so_allocated
        if so_shipped is not UNSET:
            field_dict["soShipped"] = so_shipped
        if so_back_ordered is not UNSET:
            field_dict["soBackOrdered"] = so_back_ordered
        if in_issues is not UNSET:
            field_dict["inIssues"] = in_issues
        if in_receipts is not UNSET:
            field_dict["inReceipts"] = in_receipts
        if in_transit is not UNSET:
            field_dict["inTransit"] = in_transit
        if in_assembly_demand is not UNSET:
            field_dict["inAssemblyDemand"] = in_assembly_demand
        if in_assembly_supply is not UNSET:
            field_dict["inAssemblySupply"] = in_assembly_supply
        if purchase_prepared is not UNSET:
            field_dict["purchasePrepared"] = purchase_prepared
        if purchase_orders is not UNSET:
            field_dict["purchaseOrders"] = purchase_orders
        if po_receipts is not UNSET:
            field_dict["poReceipts"] = po_receipts
        if expired is not UNSET:
            field_dict["expired"] = expired
        if on_hand is not UNSET:
            field_dict["onHand"] = on_hand
        if so_to_purchase is not UNSET:
            field_dict["soToPurchase"] = so_to_purchase
        if purchase_for_so is not UNSET:
            field_dict["purchaseForSO"] = purchase_for_so
        if purchase_for_so_prepared is not UNSET:
            field_dict["purchaseForSOPrepared"] = purchase_for_so_prepared
        if purchase_for_so_receipts is not UNSET:
            field_dict["purchaseForSOReceipts"] = purchase_for_so_receipts
        if so_to_drop_ship is not UNSET:
            field_dict["soToDropShip"] = so_to_drop_ship
        if drop_ship_for_so is not UNSET:
            field_dict["dropShipForSO"] = drop_ship_for_so
        if drop_ship_for_so_prepared is not UNSET:
            field_dict["dropShipForSOPrepared"] = drop_ship_for_so_prepared
        if drop_ship_for_so_receipts is not UNSET:
            field_dict["dropShipForSOReceipts"] = drop_ship_for_so_receipts
        if base_unit is not UNSET:
            field_dict["baseUnit"] = base_unit
        if estimated_unit_cost is not UNSET:
            field_dict["estimatedUnitCost"] = estimated_unit_cost
        if estimated_total_cost is not UNSET:
            field_dict["estimatedTotalCost"] = estimated_total_cost
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("inventory", UNSET)
        _instance.inventory = UNSET if _value is UNSET else _models.InventoryInInventorySummaryDto.from_dict(_value)
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.WarehouseInInventorySummaryDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInInventorySummaryDto.from_dict(_value)
        _instance.available = _rest.pop("available", UNSET)
        _instance.available_for_shipment = _rest.pop("availableForShipment", UNSET)
        _instance.not_available = _rest.pop("notAvailable", UNSET)
        _instance.so_booked = _rest.pop("soBooked", UNSET)
        _instance.so_allocated = _rest.pop("soAllocated", UNSET)
        _instance.so_shipped = _rest.pop("soShipped", UNSET)
        _instance.so_back_ordered = _rest.pop("soBackOrdered", UNSET)
        _instance.in_issues = _rest.pop("inIssues", UNSET)
        _instance.in_receipts = _rest.pop("inReceipts", UNSET)
        _instance.in_transit = _rest.pop("inTransit", UNSET)
        _instance.in_assembly_demand = _rest.pop("inAssemblyDemand", UNSET)
        _instance.in_assembly_supply = _rest.pop("inAssemblySupply", UNSET)
        _instance.purchase_prepared = _rest.pop("purchasePrepared", UNSET)
        _instance.purchase_orders = _rest.pop("purchaseOrders", UNSET)
        _instance.po_receipts = _rest.pop("poReceipts", UNSET)
        _instance.expired = _rest.pop("expired", UNSET)
        _instance.on_hand = _rest.pop("onHand", UNSET)
        _instance.so_to_purchase = _rest.pop("soToPurchase", UNSET)
        _instance.purchase_for_so = _rest.pop("purchaseForSO", UNSET)
        _instance.purchase_for_so_prepared = _rest.pop("purchaseForSOPrepared", UNSET)
        _instance.purchase_for_so_receipts = _rest.pop("purchaseForSOReceipts", UNSET)
        _instance.so_to_drop_ship = _rest.pop("soToDropShip", UNSET)
        _instance.drop_ship_for_so = _rest.pop("dropShipForSO", UNSET)
        _instance.drop_ship_for_so_prepared = _rest.pop("dropShipForSOPrepared", UNSET)
        _instance.drop_ship_for_so_receipts = _rest.pop("dropShipForSOReceipts", UNSET)
        _instance.base_unit = _rest.pop("baseUnit", UNSET)
        _instance.estimated_unit_cost = _rest.pop("estimatedUnitCost", UNSET)
        _instance.estimated_total_cost = _rest.pop("estimatedTotalCost", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
