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
class SalesOrderDocumentLineDto(GeneratedModel):
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

    line_nbr: int | Unset | None = UNSET
    sort_order: int | Unset | None = UNSET
    inventory: InventoryNumberDescriptionDto | Unset | None = UNSET
    warehouse: WarehouseIdDescriptionDto | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    qty_on_shipments: float | Unset | None = UNSET
    open_qty: float | Unset | None = UNSET
    unit_cost: float | Unset | None = UNSET
    unit_price: float | Unset | None = UNSET
    unit_price_in_base_currency: float | Unset | None = UNSET
    discount_code: str | Unset | None = UNSET
    discount_percent: float | Unset | None = UNSET
    discount_amount: float | Unset | None = UNSET
    manual_discount: bool | Unset | None = UNSET
    disc_unit_price: float | Unset | None = UNSET
    ext_price: float | Unset | None = UNSET
    unbilled_amount: float | Unset | None = UNSET
    line_description: str | Unset | None = UNSET
    branch_number: BranchNumberDto | Unset | None = UNSET
    note: str | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value
        _value = self.sort_order
        if _value is not UNSET:
            field_dict["sortOrder"] = _value
        _value = self.inventory
        if _value is not UNSET:
            field_dict["inventory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.qty_on_shipments
        if _value is not UNSET:
            field_dict["qtyOnShipments"] = _value
        _value = self.open_qty
        if _value is not UNSET:
            field_dict["openQty"] = _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value
        _value = self.unit_price
        if _value is not UNSET:
            field_dict["unitPrice"] = _value
        _value = self.unit_price_in_base_currency
        if _value is not UNSET:
            field_dict["unitPriceInBaseCurrency"] = _value
        _value = self.discount_code
        if _value is not UNSET:
            field_dict["discountCode"] = _value
        _value = self.discount_percent
        if _value is not UNSET:
            field_dict["discountPercent"] = _value
        _value = self.discount_amount
        if _value is not UNSET:
            field_dict["discountAmount"] = _value
        _value = self.manual_discount
        if _value is not UNSET:
            field_dict["manualDiscount"] = _value
        _value = self.disc_unit_price
        if _value is not UNSET:
            field_dict["discUnitPrice"] = _value
        _value = self.ext_price
        if _value is not UNSET:
            field_dict["extPrice"] = _value
        _value = self.unbilled_amount
        if _value is not UNSET:
            field_dict["unbilledAmount"] = _value
        _value = self.line_description
        if _value is not UNSET:
            field_dict["lineDescription"] = _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.attachments
        if _value is not UNSET:
            field_dict["attachments"] = (
                [
                    attachments_item_data.to_dict()
                    if isinstance(attachments_item_data, GeneratedModel)
                    else attachments_item_data
                    for attachments_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SalesOrderDocumentLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_nbr = _rest.pop("lineNbr", UNSET)
        self.sort_order = _rest.pop("sortOrder", UNSET)
        _value = _rest.pop("inventory", UNSET)
        self.inventory = (
            _models.InventoryNumberDescriptionDto._vn_fill(_new(_models.InventoryNumberDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.WarehouseIdDescriptionDto._vn_fill(_new(_models.WarehouseIdDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.uom = _rest.pop("uom", UNSET)
        self.quantity = _rest.pop("quantity", UNSET)
        self.qty_on_shipments = _rest.pop("qtyOnShipments", UNSET)
        self.open_qty = _rest.pop("openQty", UNSET)
        self.unit_cost = _rest.pop("unitCost", UNSET)
        self.unit_price = _rest.pop("unitPrice", UNSET)
        self.unit_price_in_base_currency = _rest.pop("unitPriceInBaseCurrency", UNSET)
        self.discount_code = _rest.pop("discountCode", UNSET)
        self.discount_percent = _rest.pop("discountPercent", UNSET)
        self.discount_amount = _rest.pop("discountAmount", UNSET)
        self.manual_discount = _rest.pop("manualDiscount", UNSET)
        self.disc_unit_price = _rest.pop("discUnitPrice", UNSET)
        self.ext_price = _rest.pop("extPrice", UNSET)
        self.unbilled_amount = _rest.pop("unbilledAmount", UNSET)
        self.line_description = _rest.pop("lineDescription", UNSET)
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberDto._vn_fill(_new(_models.BranchNumberDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.note = _rest.pop("note", UNSET)
        _value = _rest.pop("attachments", UNSET)
        self.attachments = (
            [
                _models.AttachmentDto._vn_fill(_new(_models.AttachmentDto), attachments_item_data)
                if isinstance(attachments_item_data, dict)
                else attachments_item_data
                for attachments_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_nbr", "lineNbr", False, "int"),
        ("sort_order", "sortOrder", False, "int"),
        ("inventory", "inventory", False, ("model", "InventoryNumberDescriptionDto")),
        ("warehouse", "warehouse", False, ("model", "WarehouseIdDescriptionDto")),
        ("uom", "uom", False, "str"),
        ("quantity", "quantity", False, "float"),
        ("qty_on_shipments", "qtyOnShipments", False, "float"),
        ("open_qty", "openQty", False, "float"),
        ("unit_cost", "unitCost", False, "float"),
        ("unit_price", "unitPrice", False, "float"),
        ("unit_price_in_base_currency", "unitPriceInBaseCurrency", False, "float"),
        ("discount_code", "discountCode", False, "str"),
        ("discount_percent", "discountPercent", False, "float"),
        ("discount_amount", "discountAmount", False, "float"),
        ("manual_discount", "manualDiscount", False, "bool"),
        ("disc_unit_price", "discUnitPrice", False, "float"),
        ("ext_price", "extPrice", False, "float"),
        ("unbilled_amount", "unbilledAmount", False, "float"),
        ("line_description", "lineDescription", False, "str"),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberDto")),
        ("note", "note", False, "str"),
        ("attachments", "attachments", False, ("list", ("model", "AttachmentDto"))),
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


_Lazy = _lazy_twin(SalesOrderDocumentLineDto)
