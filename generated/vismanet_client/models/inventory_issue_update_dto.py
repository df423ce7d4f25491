from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_number_in_inventory_issue_update_dto import BranchNumberInInventoryIssueUpdateDto
    from ..models.control_amount_in_inventory_issue_update_dto import ControlAmountInInventoryIssueUpdateDto
    from ..models.control_quantity_in_inventory_issue_update_dto import ControlQuantityInInventoryIssueUpdateDto
    from ..models.date_in_inventory_issue_update_dto import DateInInventoryIssueUpdateDto
    from ..models.description_in_inventory_issue_update_dto import DescriptionInInventoryIssueUpdateDto
    from ..models.external_reference_in_inventory_issue_update_dto import ExternalReferenceInInventoryIssueUpdateDto
    from ..models.hold_in_inventory_issue_update_dto import HoldInInventoryIssueUpdateDto
    from ..models.inventory_issue_line_update_dto import InventoryIssueLineUpdateDto
    from ..models.post_period_in_inventory_issue_update_dto import PostPeriodInInventoryIssueUpdateDto
    from ..models.reference_number_in_inventory_issue_update_dto import ReferenceNumberInInventoryIssueUpdateDto


T = TypeVar("T", bound="InventoryIssueUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "control_amount",
    "issue_lines",
    "reference_number",
    "hold",
    "date",
    "post_period",
    "external_reference",
    "description",
    "control_quantity",
    "branch_number",
)


@_attrs_define(repr=False)
class InventoryIssueUpdateDto:
    """This class represents a inventory issue in InventoryIssueController. Used by getting data.

    Attributes:
        control_amount (ControlAmountInInventoryIssueUpdateDto | Unset): The manually entered summary amount for all
            specified inventory items.??Control Amount??is available only if the??Validate Document Totals on Entry??option
            is selected on the??Inventory Preferences??form. If the??Control Amount??and??Total Amount??values do not match,
            the system generates a warning message and the issue cannot be saved.
        issue_lines (list[InventoryIssueLineUpdateDto] | Unset): The inventory issue lines
        reference_number (ReferenceNumberInInventoryIssueUpdateDto | Unset): The unique reference number of the receipt,
            which the system automatically assigns according to the numbering sequence selected for receipts on
            the??Inventory Preferences??IN.10.10.00) form.
        hold (HoldInInventoryIssueUpdateDto | Unset): A check box that you select to give the receipt the??On
            Hold??status. Clear the check box to save the receipt with the??Balanced??status.
        date (DateInInventoryIssueUpdateDto | Unset): The date when the receipt was created. All transactions included
            in this document will have this transaction date.
        post_period (PostPeriodInInventoryIssueUpdateDto | Unset): The financial period to which the transactions
            recorded in the document should be posted. Use the format MMYYYY.
        external_reference (ExternalReferenceInInventoryIssueUpdateDto | Unset): The external reference number of the
            inventory issue document (for example, the vendor???s reference code).
        description (DescriptionInInventoryIssueUpdateDto | Unset): A brief description of the inventory issue or its
            transactions.
        control_quantity (ControlQuantityInInventoryIssueUpdateDto | Unset): The manually entered quantity of inventory
            items.??Control Qty.??is available only if the??Validate Document Totals on Entry??option is selected on
            the??Inventory Preferences??form. If the??Control Qty.??and??Total Qty.values do not match, the system generates
            a warning message and the issue cannot be saved.
        branch_number (BranchNumberInInventoryIssueUpdateDto | Unset): The Branch associated
    """

    control_amount: ControlAmountInInventoryIssueUpdateDto | Unset = UNSET
    issue_lines: list[InventoryIssueLineUpdateDto] | Unset = UNSET
    reference_number: ReferenceNumberInInventoryIssueUpdateDto | Unset = UNSET
    hold: HoldInInventoryIssueUpdateDto | Unset = UNSET
    date: DateInInventoryIssueUpdateDto | Unset = UNSET
    post_period: PostPeriodInInventoryIssueUpdateDto | Unset = UNSET
    external_reference: ExternalReferenceInInventoryIssueUpdateDto | Unset = UNSET
    description: DescriptionInInventoryIssueUpdateDto | Unset = UNSET
    control_quantity: ControlQuantityInInventoryIssueUpdateDto | Unset = UNSET
    branch_number: BranchNumberInInventoryIssueUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        control_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_amount, Unset):
            control_amount = self.control_amount.to_dict()

        issue_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issue_lines, Unset):
            issue_lines = []
            for issue_lines_item_data in self.issue_lines:
                issue_lines_item = issue_lines_item_data.to_dict()
                issue_lines.append(issue_lines_item)

        reference_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference_number, Unset):
            reference_number = self.reference_number.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        post_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_period, Unset):
            post_period = self.post_period.to_dict()

        external_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_reference, Unset):
            external_reference = self.external_reference.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        control_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_quantity, Unset):
            control_quantity = self.control_quantity.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if control_amount is not UNSET:
            field_dict["controlAmount"] = control_amount
        if issue_lines is not UNSET:
            field_dict["issueLines"] = issue_lines
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
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
        if control_quantity is not UNSET:
            field_dict["controlQuantity"] = control_quantity
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("controlAmount", UNSET)
        _instance.control_amount = (
            UNSET if _value is UNSET else _models.ControlAmountInInventoryIssueUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("issueLines", UNSET)
        _instance.issue_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.InventoryIssueLineUpdateDto.from_dict(issue_lines_item_data) for issue_lines_item_data in _value
            ]
        )
        _value = _rest.pop("referenceNumber", UNSET)
        _instance.reference_number = (
            UNSET if _value is UNSET else _models.ReferenceNumberInInventoryIssueUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.HoldInInventoryIssueUpdateDto.from_dict(_value)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else _models.DateInInventoryIssueUpdateDto.from_dict(_value)
        _value = _rest.pop("postPeriod", UNSET)
        _instance.post_period = (
            UNSET if _value is UNSET else _models.PostPeriodInInventoryIssueUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("externalReference", UNSET)
        _instance.external_reference = (
            UNSET if _value is UNSET else _models.ExternalReferenceInInventoryIssueUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("description", UNSET)
        _instance.description = (
            UNSET if _value is UNSET else _models.DescriptionInInventoryIssueUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("controlQuantity", UNSET)
        _instance.control_quantity = (
            UNSET if _value is UNSET else _models.ControlQuantityInInventoryIssueUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = (
            UNSET if _value is UNSET else _models.BranchNumberInInventoryIssueUpdateDto.from_dict(_value)
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
