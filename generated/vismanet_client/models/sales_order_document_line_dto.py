from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.inventory_number_description_dto import InventoryNumberDescriptionDto
    from ..models.warehouse_id_description_dto import WarehouseIdDescriptionDto


T = TypeVar("T", bound="SalesOrderDocumentLineDto")


@_attrs_define
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
        from ..models.attachment_dto import AttachmentDto
        from ..models.branch_number_dto import BranchNumberDto
        from ..models.inventory_number_description_dto import InventoryNumberDescriptionDto
        from ..models.warehouse_id_description_dto import WarehouseIdDescriptionDto

        d = dict(src_dict)
        line_nbr = d.pop("lineNbr", UNSET)

        sort_order = d.pop("sortOrder", UNSET)

        _inventory = d.pop("inventory", UNSET)
        inventory: InventoryNumberDescriptionDto | Unset
        if isinstance(_inventory, Unset):
            inventory = UNSET
        else:
            inventory = InventoryNumberDescriptionDto.from_dict(_inventory)

        _warehouse = d.pop("warehouse", UNSET)
        warehouse: WarehouseIdDescriptionDto | Unset
        if isinstance(_warehouse, Unset):
            warehouse = UNSET
        else:
            warehouse = WarehouseIdDescriptionDto.from_dict(_warehouse)

        uom = d.pop("uom", UNSET)

        quantity = d.pop("quantity", UNSET)

        qty_on_shipments = d.pop("qtyOnShipments", UNSET)

        open_qty = d.pop("openQty", UNSET)

        unit_cost = d.pop("unitCost", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        unit_price_in_base_currency = d.pop("unitPriceInBaseCurrency", UNSET)

        discount_code = d.pop("discountCode", UNSET)

        discount_percent = d.pop("discountPercent", UNSET)

        discount_amount = d.pop("discountAmount", UNSET)

        manual_discount = d.pop("manualDiscount", UNSET)

        disc_unit_price = d.pop("discUnitPrice", UNSET)

        ext_price = d.pop("extPrice", UNSET)

        unbilled_amount = d.pop("unbilledAmount", UNSET)

        line_description = d.pop("lineDescription", UNSET)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: BranchNumberDto | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = BranchNumberDto.from_dict(_branch_number)

        note = d.pop("note", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentDto] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentDto.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        sales_order_document_line_dto = cls(
            line_nbr=line_nbr,
            sort_order=sort_order,
            inventory=inventory,
            warehouse=warehouse,
            uom=uom,
            quantity=quantity,
            qty_on_shipments=qty_on_shipments,
            open_qty=open_qty,
            unit_cost=unit_cost,
            unit_price=unit_price,
            unit_price_in_base_currency=unit_price_in_base_currency,
            discount_code=discount_code,
            discount_percent=discount_percent,
            discount_amount=discount_amount,
            manual_discount=manual_discount,
            disc_unit_price=disc_unit_price,
            ext_price=ext_price,
            unbilled_amount=unbilled_amount,
            line_description=line_description,
            branch_number=branch_number,
            note=note,
            attachments=attachments,
        )

        sales_order_document_line_dto.additional_properties = d
        return sales_order_document_line_dto

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
