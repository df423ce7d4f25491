from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.allocations_basic_dto import AllocationsBasicDto
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.inventory_item_in_inventory_transfer_line_dto import InventoryItemInInventoryTransferLineDto
    from ..models.location_description_dto import LocationDescriptionDto
    from ..models.location_in_inventory_transfer_line_dto import LocationInInventoryTransferLineDto
    from ..models.reason_code_in_inventory_transfer_line_dto import ReasonCodeInInventoryTransferLineDto


T = TypeVar("T", bound="InventoryTransferLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "to_location",
    "lot_serial_number",
    "expiration_date",
    "allocations",
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
class InventoryTransferLineDto(GeneratedModel):
    """
    Attributes:
        to_location (LocationDescriptionDto | Unset):
        lot_serial_number (str | Unset):
        expiration_date (datetime.datetime | Unset):
        allocations (list[AllocationsBasicDto] | Unset):
        line_number (int | Unset):
        inventory_item (InventoryItemInInventoryTransferLineDto | Unset): Mandatory field: Item ID* &gt; The ID of the
            goods to be transferred.
        location (LocationInInventoryTransferLineDto | Unset): Location &gt; The warehouse location from which the goods
            are transferred.
        quantity (float | Unset): Quantity &gt; The quantity of the transferred goods (in the units indicated below).
        uom (str | Unset): Mandatory field: UoM* &gt; The unit of measure (UoM) used for the goods to be transferred.
        reason_code (ReasonCodeInInventoryTransferLineDto | Unset): Reason code &gt; The reason code associated with the
            transferred goods.
        description (str | Unset): Description &gt; A brief description of the goods transfer transaction.
        attachments (list[AttachmentDto] | Unset):
        branch_number (BranchNumberDto | Unset):
    """

    to_location: LocationDescriptionDto | Unset | None = UNSET
    lot_serial_number: str | Unset | None = UNSET
    expiration_date: datetime.datetime | Unset | None = UNSET
    allocations: list[AllocationsBasicDto] | Unset | None = UNSET
    line_number: int | Unset | None = UNSET
    inventory_item: InventoryItemInInventoryTransferLineDto | Unset | None = UNSET
    location: LocationInInventoryTransferLineDto | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    reason_code: ReasonCodeInInventoryTransferLineDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    branch_number: BranchNumberDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.to_location
        if _value is not UNSET:
            field_dict["toLocation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.lot_serial_number
        if _value is not UNSET:
            field_dict["lotSerialNumber"] = _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.allocations
        if _value is not UNSET:
            field_dict["allocations"] = (
                [
                    allocations_item_data.to_dict()
                    if isinstance(allocations_item_data, GeneratedModel)
                    else allocations_item_data
                    for allocations_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
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
        if cls is not InventoryTransferLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("toLocation", UNSET)
        self.to_location = (
            _models.LocationDescriptionDto._vn_fill(_new(_models.LocationDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.lot_serial_number = _rest.pop("lotSerialNumber", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = _parse_datetime(_value)
        _value = _rest.pop("allocations", UNSET)
        self.allocations = (
            [
                _models.AllocationsBasicDto._vn_fill(_new(_models.AllocationsBasicDto), allocations_item_data)
                if isinstance(allocations_item_data, dict)
                else allocations_item_data
                for allocations_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.line_number = _rest.pop("lineNumber", UNSET)
        _value = _rest.pop("inventoryItem", UNSET)
        self.inventory_item = (
            _models.InventoryItemInInventoryTransferLineDto._vn_fill(
                _new(_models.InventoryItemInInventoryTransferLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInInventoryTransferLineDto._vn_fill(
                _new(_models.LocationInInventoryTransferLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.quantity = _rest.pop("quantity", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        _value = _rest.pop("reasonCode", UNSET)
        self.reason_code = (
            _models.ReasonCodeInInventoryTransferLineDto._vn_fill(
                _new(_models.ReasonCodeInInventoryTransferLineDto), _value
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
        ("to_location", "toLocation", False, ("model", "LocationDescriptionDto")),
        ("lot_serial_number", "lotSerialNumber", False, "str"),
        ("expiration_date", "expirationDate", False, "datetime"),
        ("allocations", "allocations", False, ("list", ("model", "AllocationsBasicDto"))),
        ("line_number", "lineNumber", False, "int"),
        ("inventory_item", "inventoryItem", False, ("model", "InventoryItemInInventoryTransferLineDto")),
        ("location", "location", False, ("model", "LocationInInventoryTransferLineDto")),
        ("quantity", "quantity", False, "float"),
        ("uom", "uom", False, "str"),
        ("reason_code", "reasonCode", False, ("model", "ReasonCodeInInventoryTransferLineDto")),
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


_Lazy = _lazy_twin(InventoryTransferLineDto)
