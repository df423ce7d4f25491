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
class InventorySummaryDto(GeneratedModel):
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

    inventory: InventoryInInventorySummaryDto | Unset | None = UNSET
    warehouse: WarehouseInInventorySummaryDto | Unset | None = UNSET
    location: LocationInInventorySummaryDto | Unset | None = UNSET
    available: float | Unset | None = UNSET
    available_for_shipment: float | Unset | None = UNSET
    not_available: float | Unset | None = UNSET
    so_booked: float | Unset | None = UNSET
    so_allocated: float | Unset | None = UNSET
    so_shipped: float | Unset | None = UNSET
    so_back_ordered: float | Unset | None = UNSET
    in_issues: float | Unset | None = UNSET
    in_receipts: float | Unset | None = UNSET
    in_transit: float | Unset | None = UNSET
    in_assembly_demand: float | Unset | None = UNSET
    in_assembly_supply: float | Unset | None = UNSET
    purchase_prepared: float | Unset | None = UNSET
    purchase_orders: float | Unset | None = UNSET
    po_receipts: float | Unset | None = UNSET
    expired: float | Unset | None = UNSET
    on_hand: float | Unset | None = UNSET
    so_to_purchase: float | Unset | None = UNSET
    purchase_for_so: float | Unset | None = UNSET
    purchase_for_so_prepared: float | Unset | None = UNSET
    purchase_for_so_receipts: float | Unset | None = UNSET
    so_to_drop_ship: float | Unset | None = UNSET
    drop_ship_for_so: float | Unset | None = UNSET
    drop_ship_for_so_prepared: float | Unset | None = UNSET
    drop_ship_for_so_receipts: float | Unset | None = UNSET
    base_unit: str | Unset | None = UNSET
    estimated_unit_cost: float | Unset | None = UNSET
    estimated_total_cost: float | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.inventory
        if _value is not UNSET:
            field_dict["inventory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.available
        if _value is not UNSET:
            field_dict["available"] = _value
        _value = self.available_for_shipment
        if _value is not UNSET:
            field_dict["availableForShipment"] = _value
        _value = self.not_available
        if _value is not UNSET:
            field_dict["notAvailable"] = _value
        _value = self.so_booked
        if _value is not UNSET:
            field_dict["soBooked"] = _value
        _value = self.so_allocated
        if _value is not UNSET:
            field_dict["soAllocated"] = _value
        _value = self.so_shipped
        if _value is not UNSET:
            field_dict["soShipped"] = _value
        _value = self.so_back_ordered
        if _value is not UNSET:
            field_dict["soBackOrdered"] = _value
        _value = self.in_issues
        if _value is not UNSET:
            field_dict["inIssues"] = _value
        _value = self.in_receipts
        if _value is not UNSET:
            field_dict["inReceipts"] = _value
        _value = self.in_transit
        if _value is not UNSET:
            field_dict["inTransit"] = _value
        _value = self.in_assembly_demand
        if _value is not UNSET:
            field_dict["inAssemblyDemand"] = _value
        _value = self.in_assembly_supply
        if _value is not UNSET:
            field_dict["inAssemblySupply"] = _value
        _value = self.purchase_prepared
        if _value is not UNSET:
            field_dict["purchasePrepared"] = _value
        _value = self.purchase_orders
        if _value is not UNSET:
            field_dict["purchaseOrders"] = _value
        _value = self.po_receipts
        if _value is not UNSET:
            field_dict["poReceipts"] = _value
        _value = self.expired
        if _value is not UNSET:
            field_dict["expired"] = _value
        _value = self.on_hand
        if _value is not UNSET:
            field_dict["onHand"] = _value
        _value = self.so_to_purchase
        if _value is not UNSET:
            field_dict["soToPurchase"] = _value
        _value = self.purchase_for_so
        if _value is not UNSET:
            field_dict["purchaseForSO"] = _value
        _value = self.purchase_for_so_prepared
        if _value is not UNSET:
            field_dict["purchaseForSOPrepared"] = _value
        _value = self.purchase_for_so_receipts
        if _value is not UNSET:
            field_dict["purchaseForSOReceipts"] = _value
        _value = self.so_to_drop_ship
        if _value is not UNSET:
            field_dict["soToDropShip"] = _value
        _value = self.drop_ship_for_so
        if _value is not UNSET:
            field_dict["dropShipForSO"] = _value
        _value = self.drop_ship_for_so_prepared
        if _value is not UNSET:
            field_dict["dropShipForSOPrepared"] = _value
        _value = self.drop_ship_for_so_receipts
        if _value is not UNSET:
            field_dict["dropShipForSOReceipts"] = _value
        _value = self.base_unit
        if _value is not UNSET:
            field_dict["baseUnit"] = _value
        _value = self.estimated_unit_cost
        if _value is not UNSET:
            field_dict["estimatedUnitCost"] = _value
        _value = self.estimated_total_cost
        if _value is not UNSET:
            field_dict["estimatedTotalCost"] = _value
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not InventorySummaryDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("inventory", UNSET)
        self.inventory = (
            _models.InventoryInInventorySummaryDto._vn_fill(_new(_models.InventoryInInventorySummaryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.WarehouseInInventorySummaryDto._vn_fill(_new(_models.WarehouseInInventorySummaryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInInventorySummaryDto._vn_fill(_new(_models.LocationInInventorySummaryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.available = _rest.pop("available", UNSET)
        self.available_for_shipment = _rest.pop("availableForShipment", UNSET)
        self.not_available = _rest.pop("notAvailable", UNSET)
        self.so_booked = _rest.pop("soBooked", UNSET)
        self.so_allocated = _rest.pop("soAllocated", UNSET)
        self.so_shipped = _rest.pop("soShipped", UNSET)
        self.so_back_ordered = _rest.pop("soBackOrdered", UNSET)
        self.in_issues = _rest.pop("inIssues", UNSET)
        self.in_receipts = _rest.pop("inReceipts", UNSET)
        self.in_transit = _rest.pop("inTransit", UNSET)
        self.in_assembly_demand = _rest.pop("inAssemblyDemand", UNSET)
        self.in_assembly_supply = _rest.pop("inAssemblySupply", UNSET)
        self.purchase_prepared = _rest.pop("purchasePrepared", UNSET)
        self.purchase_orders = _rest.pop("purchaseOrders", UNSET)
        self.po_receipts = _rest.pop("poReceipts", UNSET)
        self.expired = _rest.pop("expired", UNSET)
        self.on_hand = _rest.pop("onHand", UNSET)
        self.so_to_purchase = _rest.pop("soToPurchase", UNSET)
        self.purchase_for_so = _rest.pop("purchaseForSO", UNSET)
        self.purchase_for_so_prepared = _rest.pop("purchaseForSOPrepared", UNSET)
        self.purchase_for_so_receipts = _rest.pop("purchaseForSOReceipts", UNSET)
        self.so_to_drop_ship = _rest.pop("soToDropShip", UNSET)
        self.drop_ship_for_so = _rest.pop("dropShipForSO", UNSET)
        self.drop_ship_for_so_prepared = _rest.pop("dropShipForSOPrepared", UNSET)
        self.drop_ship_for_so_receipts = _rest.pop("dropShipForSOReceipts", UNSET)
        self.base_unit = _rest.pop("baseUnit", UNSET)
        self.estimated_unit_cost = _rest.pop("estimatedUnitCost", UNSET)
        self.estimated_total_cost = _rest.pop("estimatedTotalCost", UNSET)
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("inventory", "inventory", False, ("model", "InventoryInInventorySummaryDto")),
        ("warehouse", "warehouse", False, ("model", "WarehouseInInventorySummaryDto")),
        ("location", "location", False, ("model", "LocationInInventorySummaryDto")),
        ("available", "available", False, "float"),
        ("available_for_shipment", "availableForShipment", False, "float"),
        ("not_available", "notAvailable", False, "float"),
        ("so_booked", "soBooked", False, "float"),
        ("so_allocated", "soAllocated", False, "float"),
        ("so_shipped", "soShipped", False, "float"),
        ("so_back_ordered", "soBackOrdered", False, "float"),
        ("in_issues", "inIssues", False, "float"),
        ("in_receipts", "inReceipts", False, "float"),
        ("in_transit", "inTransit", False, "float"),
        ("in_assembly_demand", "inAssemblyDemand", False, "float"),
        ("in_assembly_supply", "inAssemblySupply", False, "float"),
        ("purchase_prepared", "purchasePrepared", False, "float"),
        ("purchase_orders", "purchaseOrders", False, "float"),
        ("po_receipts", "poReceipts", False, "float"),
        ("expired", "expired", False, "float"),
        ("on_hand", "onHand", False, "float"),
        ("so_to_purchase", "soToPurchase", False, "float"),
        ("purchase_for_so", "purchaseForSO", False, "float"),
        ("purchase_for_so_prepared", "purchaseForSOPrepared", False, "float"),
        ("purchase_for_so_receipts", "purchaseForSOReceipts", False, "float"),
        ("so_to_drop_ship", "soToDropShip", False, "float"),
        ("drop_ship_for_so", "dropShipForSO", False, "float"),
        ("drop_ship_for_so_prepared", "dropShipForSOPrepared", False, "float"),
        ("drop_ship_for_so_receipts", "dropShipForSOReceipts", False, "float"),
        ("base_unit", "baseUnit", False, "str"),
        ("estimated_unit_cost", "estimatedUnitCost", False, "float"),
        ("estimated_total_cost", "estimatedTotalCost", False, "float"),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(InventorySummaryDto)
