from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.inventory_transfer_dto_status import InventoryTransferDtoStatus
from ..types import UNSET, Unset

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
class InventoryTransferDto:
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

    warehouse: WarehouseInInventoryTransferDto | Unset = UNSET
    to_warehouse: ToWarehouseInInventoryTransferDto | Unset = UNSET
    transfer_lines: list[InventoryTransferLineDto] | Unset = UNSET
    reference_number: str | Unset = UNSET
    status: InventoryTransferDtoStatus | Unset = UNSET
    hold: bool | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    post_period: str | Unset = UNSET
    external_reference: str | Unset = UNSET
    description: str | Unset = UNSET
    total_quantity: float | Unset = UNSET
    control_quantity: float | Unset = UNSET
    batch_number: str | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    branch_number: BranchNumberInInventoryTransferDto | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    timestamp: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        to_warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to_warehouse, Unset):
            to_warehouse = self.to_warehouse.to_dict()

        transfer_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transfer_lines, Unset):
            transfer_lines = []
            for transfer_lines_item_data in self.transfer_lines:
                transfer_lines_item = transfer_lines_item_data.to_dict()
                transfer_lines.append(transfer_lines_item)

        reference_number = self.reference_number

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        hold = self.hold

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        post_period = self.post_period

        external_reference = self.external_reference

        description = self.description

        total_quantity = self.total_quantity

        control_quantity = self.control_quantity

        batch_number = self.batch_number

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        timestamp = self.timestamp

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if to_warehouse is not UNSET:
            field_dict["toWarehouse"] = to_warehouse
        if transfer_lines is not UNSET:
            field_dict["transferLines"] = transfer_lines
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if status is not UNSET:
            field_dict["status"] = status
        if hold is not UNSET:
            field_dict["hold"] = hold
        if date is not UNSET:
            field_dict["date"] = date
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if external_reference is not UNSET:
            field_dict["externalReference"] = external_reference
        if description is not UNSET:
            field_dict["description"] = description
        if total_quantity is not UNSET:
            field_dict["totalQuantity"] = total_quantity
        if control_quantity is not UNSET:
            field_dict["controlQuantity"] = control_quantity
        if batch_number is not UNSET:
            field_dict["batchNumber"] = batch_number
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
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
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.WarehouseInInventoryTransferDto.from_dict(_value)
        _value = _rest.pop("toWarehouse", UNSET)
        _instance.to_warehouse = (
            UNSET if _value is UNSET else _models.ToWarehouseInInventoryTransferDto.from_dict(_value)
        )
        _value = _rest.pop("transferLines", UNSET)
        _instance.transfer_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.InventoryTransferLineDto.from_dict(transfer_lines_item_data)
                for transfer_lines_item_data in _value
            ]
        )
        _instance.reference_number = _rest.pop("referenceNumber", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.post_period = _rest.pop("postPeriod", UNSET)
        _instance.external_reference = _rest.pop("externalReference", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.total_quantity = _rest.pop("totalQuantity", UNSET)
        _instance.control_quantity = _rest.pop("controlQuantity", UNSET)
        _instance.batch_number = _rest.pop("batchNumber", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = (
            UNSET if _value is UNSET else _models.BranchNumberInInventoryTransferDto.from_dict(_value)
        )
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
        )
        _instance.timestamp = _rest.pop("timestamp", UNSET)
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
