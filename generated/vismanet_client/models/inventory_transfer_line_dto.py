from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class InventoryTransferLineDto:
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

    to_location: LocationDescriptionDto | Unset = UNSET
    lot_serial_number: str | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    allocations: list[AllocationsBasicDto] | Unset = UNSET
    line_number: int | Unset = UNSET
    inventory_item: InventoryItemInInventoryTransferLineDto | Unset = UNSET
    location: LocationInInventoryTransferLineDto | Unset = UNSET
    quantity: float | Unset = UNSET
    uom: str | Unset = UNSET
    reason_code: ReasonCodeInInventoryTransferLineDto | Unset = UNSET
    description: str | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    branch_number: BranchNumberDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to_location, Unset):
            to_location = self.to_location.to_dict()

        lot_serial_number = self.lot_serial_number

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        line_number = self.line_number

        inventory_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_item, Unset):
            inventory_item = self.inventory_item.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        quantity = self.quantity

        uom = self.uom

        reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason_code, Unset):
            reason_code = self.reason_code.to_dict()

        description = self.description

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to_location is not UNSET:
            field_dict["toLocation"] = to_location
        if lot_serial_number is not UNSET:
            field_dict["lotSerialNumber"] = lot_serial_number
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if inventory_item is not UNSET:
            field_dict["inventoryItem"] = inventory_item
        if location is not UNSET:
            field_dict["location"] = location
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if uom is not UNSET:
            field_dict["uom"] = uom
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if description is not UNSET:
            field_dict["description"] = description
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("toLocation", UNSET)
        _instance.to_location = UNSET if _value is UNSET else _models.LocationDescriptionDto.from_dict(_value)
        _instance.lot_serial_number = _rest.pop("lotSerialNumber", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("allocations", UNSET)
        _instance.allocations = (
            UNSET
            if _value is UNSET
            else [_models.AllocationsBasicDto.from_dict(allocations_item_data) for allocations_item_data in _value]
        )
        _instance.line_number = _rest.pop("lineNumber", UNSET)
        _value = _rest.pop("inventoryItem", UNSET)
        _instance.inventory_item = (
            UNSET if _value is UNSET else _models.InventoryItemInInventoryTransferLineDto.from_dict(_value)
        )
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInInventoryTransferLineDto.from_dict(_value)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _value = _rest.pop("reasonCode", UNSET)
        _instance.reason_code = (
            UNSET if _value is UNSET else _models.ReasonCodeInInventoryTransferLineDto.from_dict(_value)
        )
        _instance.description = _rest.pop("description", UNSET)
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
        )
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.BranchNumberDto.from_dict(_value)
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
