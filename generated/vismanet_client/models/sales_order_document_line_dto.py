from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.inventory_number_description_dto import InventoryNumberDescriptionDto
    from ..models.warehouse_id_description_dto import WarehouseIdDescriptionDto


T = TypeVar("T", bound="SalesOrderDocumentLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_nbr",
    "sort_order",
    "inventory",
    "warehouse",
    "uom",
    "quantity",
    "qty_on_shipments",
    "open_qty",
    "unit_cost",
    "unit_price",
    "unit_price_in_base_currency",
    "discount_code",
    "discount_percent",
    "discount_amount",
    "manual_discount",
    "disc_unit_price",
    "ext_price",
    "unbilled_amount",
    "line_description",
    "branch_number",
    "note",
    "attachments",
)


@_attrs_define(repr=False)
class SalesOrderDocumentLineDto:
    """This class represents a SOOrder in SOOrderController. Used by getting data.

    Attributes:
        line_nbr (int | Unset): Document details tab &gt; Line no. &gt; The line number of the document.
        sort_order (int | Unset): Document details tab &gt; Line order &gt; The order number of the document line. The
            system regenerates this number automatically when you reorder the lines in the table.
        inventory (InventoryNumberDescriptionDto | Unset):
        warehouse (WarehouseIdDescriptionDto | Unset):
        uom (str | Unset): Mandatory field: Document details tab &gt; UoM* &gt; The unit of measure (UoM) used for the
            item with this item ID.
        quantity (float | Unset): Document details tab &gt; Quantity &gt; The quantity of the item sold, measured in the
            UoM.
        qty_on_shipments (float | Unset): Document details tab &gt; Qty. on shipments &gt; A read-only column that
            displays the quantity of the stock item being prepared for shipment and already shipped for this order.
        open_qty (float | Unset): Document details tab &gt; Open qty. &gt; The quantity of the item to be shipped; that
            is, the total quantity minus the quantity shipped according to closed shipment documents.
        unit_cost (float | Unset): Document details tab &gt; Unit Cost &gt; The cost of the unit on the sales order.
        unit_price (float | Unset): Document details tab &gt; Unit price &gt; The price of the unit on the sales order.
        unit_price_in_base_currency (float | Unset):
        discount_code (str | Unset): Mandatory field: Document details tab &gt; Discount details tab &gt; Discount code*
            &gt; The code of the discount that has been applied to this line.
        discount_percent (float | Unset): Document details tab &gt; Discount percent &gt; The percent of the line-level
            discount that has been applied manually or automatically to this line item (if the item is not a free item).
        discount_amount (float | Unset): Document details tab &gt; Discount amount &gt; The amount of the line-level
            discount that has been applied manually or automatically to this line item (if the item is not a free item).
        manual_discount (bool | Unset): Document details tab &gt; Manual discount &gt; A check box that indicates (if
            selected) that the discount has been applied manually.
        disc_unit_price (float | Unset): Document details tab &gt; Disc. unit price &gt; The unit price, which has been
            recalculated after the application of discounts.
        ext_price (float | Unset): Document details tab &gt; Extended cost &gt; The extended price, which is the unit
            price multiplied by the quantity.
        unbilled_amount (float | Unset): Document details tab &gt; Amount not yet invoiced &gt; The amount of cancelled
            shipments and cancelled remainders.
        line_description (str | Unset): Document details tab &gt; Line description &gt; The description of the unit.
        branch_number (BranchNumberDto | Unset):
        note (str | Unset): Tables in tab &gt; Icon Notes &gt; Pop-up window for providing any user-defined text
            connected to the order.
        attachments (list[AttachmentDto] | Unset): The data containing information about the document attachments
    """

    line_nbr: int | Unset = UNSET
    sort_order: int | Unset = UNSET
    inventory: InventoryNumberDescriptionDto | Unset = UNSET
    warehouse: WarehouseIdDescriptionDto | Unset = UNSET
    uom: str | Unset = UNSET
    quantity: float | Unset = UNSET
    qty_on_shipments: float | Unset = UNSET
    open_qty: float | Unset = UNSET
    unit_cost: float | Unset = UNSET
    unit_price: float | Unset = UNSET
    unit_price_in_base_currency: float | Unset = UNSET
    discount_code: str | Unset = UNSET
    discount_percent: float | Unset = UNSET
    discount_amount: float | Unset = UNSET
    manual_discount: bool | Unset = UNSET
    disc_unit_price: float | Unset = UNSET
    ext_price: float | Unset = UNSET
    unbilled_amount: float | Unset = UNSET
    line_description: str | Unset = UNSET
    branch_number: BranchNumberDto | Unset = UNSET
    note: str | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_nbr = self.line_nbr

        sort_order = self.sort_order

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        uom = self.uom

        quantity = self.quantity

        qty_on_shipments = self.qty_on_shipments

        open_qty = self.open_qty

        unit_cost = self.unit_cost

        unit_price = self.unit_price

        unit_price_in_base_currency = self.unit_price_in_base_currency

        discount_code = self.discount_code

        discount_percent = self.discount_percent

        discount_amount = self.discount_amount

        manual_discount = self.manual_discount

        disc_unit_price = self.disc_unit_price

        ext_price = self.ext_price

        unbilled_amount = self.unbilled_amount

        line_description = self.line_description

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        note = self.note

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if uom is not UNSET:
            field_dict["uom"] = uom
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if qty_on_shipments is not UNSET:
            field_dict["qtyOnShipments"] = qty_on_shipments
        if open_qty is not UNSET:
            field_dict["openQty"] = open_qty
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if unit_price_in_base_currency is not UNSET:
            field_dict["unitPriceInBaseCurrency"] = unit_price_in_base_currency
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if manual_discount is not UNSET:
            field_dict["manualDiscount"] = manual_discount
        if disc_unit_price is not UNSET:
            field_dict["discUnitPrice"] = disc_unit_price
        if ext_price is not UNSET:
            field_dict["extPrice"] = ext_price
        if unbilled_amount is not UNSET:
            field_dict["unbilledAmount"] = unbilled_amount
        if line_description is not UNSET:
            field_dict["lineDescription"] = line_description
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if note is not UNSET:
            field_dict["note"] = note
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.line_nbr = _rest.pop("lineNbr", UNSET)
        _instance.sort_order = _rest.pop("sortOrder", UNSET)
        _value = _rest.pop("inventory", UNSET)
        _instance.inventory = UNSET if _value is UNSET else _models.InventoryNumberDescriptionDto.from_dict(_value)
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.WarehouseIdDescriptionDto.from_dict(_value)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.qty_on_shipments = _rest.pop("qtyOnShipments", UNSET)
        _instance.open_qty = _rest.pop("openQty", UNSET)
        _instance.unit_cost = _rest.pop("unitCost", UNSET)
        _instance.unit_price = _rest.pop("unitPrice", UNSET)
        _instance.unit_price_in_base_currency = _rest.pop("unitPriceInBaseCurrency", UNSET)
        _instance.discount_code = _rest.pop("discountCode", UNSET)
        _instance.discount_percent = _rest.pop("discountPercent", UNSET)
        _instance.discount_amount = _rest.pop("discountAmount", UNSET)
        _instance.manual_discount = _rest.pop("manualDiscount", UNSET)
        _instance.disc_unit_price = _rest.pop("discUnitPrice", UNSET)
        _instance.ext_price = _rest.pop("extPrice", UNSET)
        _instance.unbilled_amount = _rest.pop("unbilledAmount", UNSET)
        _instance.line_description = _rest.pop("lineDescription", UNSET)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.BranchNumberDto.from_dict(_value)
        _instance.note = _rest.pop("note", UNSET)
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
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
