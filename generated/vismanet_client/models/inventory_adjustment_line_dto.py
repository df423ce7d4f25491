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
    from ..models.inventory_item_in_inventory_adjustment_line_dto import InventoryItemInInventoryAdjustmentLineDto
    from ..models.location_in_inventory_adjustment_line_dto import LocationInInventoryAdjustmentLineDto
    from ..models.reason_code_in_inventory_adjustment_line_dto import ReasonCodeInInventoryAdjustmentLineDto
    from ..models.warehouse_in_inventory_adjustment_line_dto import WarehouseInInventoryAdjustmentLineDto


T = TypeVar("T", bound="InventoryAdjustmentLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "warehouse",
    "unit_cost",
    "ext_cost",
    "receipt_number",
    "po_receipt_number",
    "line_number",
    "inventory_item",
    "location",
    "quantity",
    "uom",
    "reason_code",
    "description",
    "attachments",
    "branch_number",
)


@_attrs_define(repr=False)
class InventoryAdjustmentLineDto(GeneratedModel):
    """
    Attributes:
        warehouse (WarehouseInInventoryAdjustmentLineDto | Unset): Mandatory field: Warehouse* &gt; The warehouse where
            the item is stocked.
        unit_cost (float | Unset): Unit cost &gt; The cost of the unit used as base unit for the stock item.
        ext_cost (float | Unset): Cost &gt; The cost of the item.
        receipt_number (str | Unset): Receipt no. &gt; Reference number for the receipt for the stock item.
        po_receipt_number (str | Unset): Purchase order receipt number
        line_number (int | Unset):
        inventory_item (InventoryItemInInventoryAdjustmentLineDto | Unset): Mandatory field: Item ID* &gt; The ID of the
            goods to be transferred.
        location (LocationInInventoryAdjustmentLineDto | Unset): Location &gt; The warehouse location from which the
            goods are transferred.
        quantity (float | Unset): Quantity &gt; The quantity of the transferred goods (in the units indicated below).
        uom (str | Unset): Mandatory field: UoM* &gt; The unit of measure (UoM) used for the goods to be transferred.
        reason_code (ReasonCodeInInventoryAdjustmentLineDto | Unset): Reason code &gt; The reason code associated with
            the transferred goods.
        description (str | Unset): Description &gt; A brief description of the goods transfer transaction.
        attachments (list[AttachmentDto] | Unset):
        branch_number (BranchNumberDto | Unset):
    """

    warehouse: WarehouseInInventoryAdjustmentLineDto | Unset | None = UNSET
    unit_cost: float | Unset | None = UNSET
    ext_cost: float | Unset | None = UNSET
    receipt_number: str | Unset | None = UNSET
    po_receipt_number: str | Unset | None = UNSET
    line_number: int | Unset | None = UNSET
    inventory_item: InventoryItemInInventoryAdjustmentLineDto | Unset | None = UNSET
    location: LocationInInventoryAdjustmentLineDto | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    reason_code: ReasonCodeInInventoryAdjustmentLineDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    branch_number: BranchNumberDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value
        _value = self.ext_cost
        if _value is not UNSET:
            field_dict["extCost"] = _value
        _value = self.receipt_number
        if _value is not UNSET:
            field_dict["receiptNumber"] = _value
        _value = self.po_receipt_number
        if _value is not UNSET:
            field_dict["poReceiptNumber"] = _value
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value
        _value = self.inventory_item
        if _value is not UNSET:
            field_dict["inventoryItem"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
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
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not InventoryAdjustmentLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.WarehouseInInventoryAdjustmentLineDto._vn_fill(
                _new(_models.WarehouseInInventoryAdjustmentLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.unit_cost = _rest.pop("unitCost", UNSET)
        self.ext_cost = _rest.pop("extCost", UNSET)
        self.receipt_number = _rest.pop("receiptNumber", UNSET)
        self.po_receipt_number = _rest.pop("poReceiptNumber", UNSET)
        self.line_number = _rest.pop("lineNumber", UNSET)
        _value = _rest.pop("inventoryItem", UNSET)
        self.inventory_item = (
            _models.InventoryItemInInventoryAdjustmentLineDto._vn_fill(
                _new(_models.InventoryItemInInventoryAdjustmentLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInInventoryAdjustmentLineDto._vn_fill(
                _new(_models.LocationInInventoryAdjustmentLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.quantity = _rest.pop("quantity", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        _value = _rest.pop("reasonCode", UNSET)
        self.reason_code = (
            _models.ReasonCodeInInventoryAdjustmentLineDto._vn_fill(
                _new(_models.ReasonCodeInInventoryAdjustmentLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.description = _rest.pop("description", UNSET)
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
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberDto._vn_fill(_new(_models.BranchNumberDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("warehouse", "warehouse", False, ("model", "WarehouseInInventoryAdjustmentLineDto")),
        ("unit_cost", "unitCost", False, "float"),
        ("ext_cost", "extCost", False, "float"),
        ("receipt_number", "receiptNumber", False, "str"),
        ("po_receipt_number", "poReceiptNumber", False, "str"),
        ("line_number", "lineNumber", False, "int"),
        ("inventory_item", "inventoryItem", False, ("model", "InventoryItemInInventoryAdjustmentLineDto")),
        ("location", "location", False, ("model", "LocationInInventoryAdjustmentLineDto")),
        ("quantity", "quantity", False, "float"),
        ("uom", "uom", False, "str"),
        ("reason_code", "reasonCode", False, ("model", "ReasonCodeInInventoryAdjustmentLineDto")),
        ("description", "description", False, "str"),
        ("attachments", "attachments", False, ("list", ("model", "AttachmentDto"))),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberDto")),
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


_Lazy = _lazy_twin(InventoryAdjustmentLineDto)
