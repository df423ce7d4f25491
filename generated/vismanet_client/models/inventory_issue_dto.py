from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.inventory_issue_dto_status import InventoryIssueDtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_in_inventory_issue_dto import BranchNumberInInventoryIssueDto
    from ..models.inventory_issue_line_dto import InventoryIssueLineDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="InventoryIssueDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "total_amount",
    "control_amount",
    "issue_lines",
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
class InventoryIssueDto(GeneratedModel):
    """This class represents a inventory issue in InventoryIssueController. Used by getting data.

    Attributes:
        total_amount (float | Unset): The top part &gt; Total amount &gt; The total amount, calculated as a sum of
            amounts for all inventory issue operations included in this issue document.
        control_amount (float | Unset): The top part &gt; Control amount &gt; The manually entered summary amount for
            all specified inventory items.??Control Amount??is available only if the??Validate Document Totals on
            Entry??option is selected on the??Inventory Preferences??form. If the??Control Amount??and??Total Amount??values
            do not match, the system generates a warning message and the issue cannot be saved.
        issue_lines (list[InventoryIssueLineDto] | Unset): Transaction details tab &gt;
        reference_number (str | Unset): The unique reference number of the receipt, which the system automatically
            assigns according to the numbering sequence selected for receipts on the??Inventory Preferences??IN.10.10.00)
            form.
        status (InventoryIssueDtoStatus | Unset):  The current status of the receipt. The following options are
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
        branch_number (BranchNumberInInventoryIssueDto | Unset): The Branch associated
        attachments (list[AttachmentDto] | Unset): The data containing information about the document attachments
        timestamp (str | Unset): Timestamp of the inventory document
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    total_amount: float | Unset | None = UNSET
    control_amount: float | Unset | None = UNSET
    issue_lines: list[InventoryIssueLineDto] | Unset | None = UNSET
    reference_number: str | Unset | None = UNSET
    status: InventoryIssueDtoStatus | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    post_period: str | Unset | None = UNSET
    external_reference: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    total_quantity: float | Unset | None = UNSET
    control_quantity: float | Unset | None = UNSET
    batch_number: str | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    branch_number: BranchNumberInInventoryIssueDto | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    timestamp: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.total_amount
        if _value is not UNSET:
            field_dict["totalAmount"] = _value
        _value = self.control_amount
        if _value is not UNSET:
            field_dict["controlAmount"] = _value
        _value = self.issue_lines
        if _value is not UNSET:
            field_dict["issueLines"] = (
                [
                    issue_lines_item_data.to_dict()
                    if isinstance(issue_lines_item_data, GeneratedModel)
                    else issue_lines_item_data
                    for issue_lines_item_data in _value
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
        if cls is not InventoryIssueDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.total_amount = _rest.pop("totalAmount", UNSET)
        self.control_amount = _rest.pop("controlAmount", UNSET)
        _value = _rest.pop("issueLines", UNSET)
        self.issue_lines = (
            [
                _models.InventoryIssueLineDto._vn_fill(_new(_models.InventoryIssueLineDto), issue_lines_item_data)
                if isinstance(issue_lines_item_data, dict)
                else issue_lines_item_data
                for issue_lines_item_data in _value
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
            _models.BranchNumberInInventoryIssueDto._vn_fill(_new(_models.BranchNumberInInventoryIssueDto), _value)
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
        ("total_amount", "totalAmount", False, "float"),
        ("control_amount", "controlAmount", False, "float"),
        ("issue_lines", "issueLines", False, ("list", ("model", "InventoryIssueLineDto"))),
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
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInInventoryIssueDto")),
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


_Lazy = _lazy_twin(InventoryIssueDto)
