from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.inventory_transfer_dto_status import InventoryTransferDtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_in_inventory_transfer_dto import BranchNumberInInventoryTransferDto
    from ..models.inventory_transfer_line_dto import InventoryTransferLineDto
    from ..models.metadata_dto import MetadataDto
    from ..models.to_warehouse_in_inventory_transfer_dto import ToWarehouseInInventoryTransferDto
    from ..models.warehouse_in_inventory_transfer_dto import WarehouseInInventoryTransferDto


T = TypeVar("T", bound="InventoryTransferDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "warehouse",
    "to_warehouse",
    "transfer_lines",
    "reference_number",
    "status",
    "hold",
    "date",
    "post_period",
    "external_reference",
    "description",
    "total_quantity",
    "control_quantity",
    "batch_number",
    "last_modified_date_time",
    "branch_number",
    "attachments",
    "timestamp",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class InventoryTransferDto(GeneratedModel):
    """This class represents a inventory issue in InventoryIssueController. Used by getting data.

    Attributes:
        warehouse (WarehouseInInventoryTransferDto | Unset): Mandatory field: The top part &gt; From warehouse* &gt; The
            warehouse from which the goods are transferred.
        to_warehouse (ToWarehouseInInventoryTransferDto | Unset): Mandatory field: The top part &gt; To warehouse &gt;
            The warehouse to which the goods are transferred.
        transfer_lines (list[InventoryTransferLineDto] | Unset): The Transaction details tab &gt; The inventory transfer
            lines
        reference_number (str | Unset): The unique reference number of the receipt, which the system automatically
            assigns according to the numbering sequence selected for receipts on the??Inventory Preferences??IN.10.10.00)
            form.
        status (InventoryTransferDtoStatus | Unset):  The current status of the receipt. The following options are
            available:
            On Hold:The receipt/issue is a draft and can be edited. Receipts with this status cannot be released.
            Balanced: The receipt/issue data has been validated by the system and the receipt can be released. It also can
            be modified or deleted, but changes can be saved only if the receipt is balanced.
            Released: The receipt/issue has been released and cannot be edited or deleted.
        hold (bool | Unset): A check box that you select to give the receipt the??On Hold??status. Clear the check box
            to save the receipt with the??Balanced??status.
        date (datetime.datetime | Unset): The date when the inventory document was created. All transactions included in
            this document will have this transaction date.
        post_period (str | Unset): The financial period to which the transactions recorded in the document should be
            posted. Format MMYYYY.
        external_reference (str | Unset): The external reference number of the inventory issue document (for example,
            the vendor???s reference code).
        description (str | Unset): A brief description of the inventory issue or its transactions.
        total_quantity (float | Unset): The total quantity of inventory items, which the system calculates
            automatically, for the document.
        control_quantity (float | Unset): The manually entered quantity of inventory items.??Control Qty.??is available
            only if the??Validate Document Totals on Entry??option is selected on the??Inventory Preferences??form. If
            the??Control Qty.??and??Total Qty.values do not match, the system generates a warning message and the issue
            cannot be saved.
        batch_number (str | Unset): The reference number of the batch generated for the receipt. Click the number to
            open the??Journal Transactions??(GL.30.10.00) form and view the details of the transactions.
        last_modified_date_time (datetime.datetime | Unset): The date when the document was last modified.
        branch_number (BranchNumberInInventoryTransferDto | Unset): The Branch associated
        attachments (list[AttachmentDto] | Unset): The data containing information about the document attachments
        timestamp (str | Unset): Timestamp of the inventory document
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    warehouse: WarehouseInInventoryTransferDto | Unset | None = UNSET
    to_warehouse: ToWarehouseInInventoryTransferDto | Unset | None = UNSET
    transfer_lines: list[InventoryTransferLineDto] | Unset | None = UNSET
    reference_number: str | Unset | None = UNSET
    status: InventoryTransferDtoStatus | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    post_period: str | Unset | None = UNSET
    external_reference: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    total_quantity: float | Unset | None = UNSET
    control_quantity: float | Unset | None = UNSET
    batch_number: str | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    branch_number: BranchNumberInInventoryTransferDto | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    timestamp: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.to_warehouse
        if _value is not UNSET:
            field_dict["toWarehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.transfer_lines
        if _value is not UNSET:
            field_dict["transferLines"] = (
                [
                    transfer_lines_item_data.to_dict()
                    if isinstance(transfer_lines_item_data, GeneratedModel)
                    else transfer_lines_item_data
                    for transfer_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.reference_number
        if _value is not UNSET:
            field_dict["referenceNumber"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value
        _value = self.external_reference
        if _value is not UNSET:
            field_dict["externalReference"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.total_quantity
        if _value is not UNSET:
            field_dict["totalQuantity"] = _value
        _value = self.control_quantity
        if _value is not UNSET:
            field_dict["controlQuantity"] = _value
        _value = self.batch_number
        if _value is not UNSET:
            field_dict["batchNumber"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.timestamp
        if _value is not UNSET:
            field_dict["timestamp"] = _value
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
        if cls is not InventoryTransferDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.WarehouseInInventoryTransferDto._vn_fill(_new(_models.WarehouseInInventoryTransferDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("toWarehouse", UNSET)
        self.to_warehouse = (
            _models.ToWarehouseInInventoryTransferDto._vn_fill(_new(_models.ToWarehouseInInventoryTransferDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("transferLines", UNSET)
        self.transfer_lines = (
            [
                _models.InventoryTransferLineDto._vn_fill(
                    _new(_models.InventoryTransferLineDto), transfer_lines_item_data
                )
                if isinstance(transfer_lines_item_data, dict)
                else transfer_lines_item_data
                for transfer_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.reference_number = _rest.pop("referenceNumber", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        self.post_period = _rest.pop("postPeriod", UNSET)
        self.external_reference = _rest.pop("externalReference", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.total_quantity = _rest.pop("totalQuantity", UNSET)
        self.control_quantity = _rest.pop("controlQuantity", UNSET)
        self.batch_number = _rest.pop("batchNumber", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberInInventoryTransferDto._vn_fill(
                _new(_models.BranchNumberInInventoryTransferDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
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
        self.timestamp = _rest.pop("timestamp", UNSET)
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
        ("warehouse", "warehouse", False, ("model", "WarehouseInInventoryTransferDto")),
        ("to_warehouse", "toWarehouse", False, ("model", "ToWarehouseInInventoryTransferDto")),
        ("transfer_lines", "transferLines", False, ("list", ("model", "InventoryTransferLineDto"))),
        ("reference_number", "referenceNumber", False, "str"),
        ("status", "status", False, "str"),
        ("hold", "hold", False, "bool"),
        ("date", "date", False, "datetime"),
        ("post_period", "postPeriod", False, "str"),
        ("external_reference", "externalReference", False, "str"),
        ("description", "description", False, "str"),
        ("total_quantity", "totalQuantity", False, "float"),
        ("control_quantity", "controlQuantity", False, "float"),
        ("batch_number", "batchNumber", False, "str"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInInventoryTransferDto")),
        ("attachments", "attachments", False, ("list", ("model", "AttachmentDto"))),
        ("timestamp", "timestamp", False, "str"),
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


_Lazy = _lazy_twin(InventoryTransferDto)
