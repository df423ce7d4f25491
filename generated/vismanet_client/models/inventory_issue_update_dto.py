from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
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

        d = dict(src_dict)
        _control_amount = d.pop("controlAmount", UNSET)
        control_amount: ControlAmountInInventoryIssueUpdateDto | Unset
        if isinstance(_control_amount, Unset):
            control_amount = UNSET
        else:
            control_amount = ControlAmountInInventoryIssueUpdateDto.from_dict(_control_amount)

        _issue_lines = d.pop("issueLines", UNSET)
        issue_lines: list[InventoryIssueLineUpdateDto] | Unset = UNSET
        if _issue_lines is not UNSET:
            issue_lines = []
            for issue_lines_item_data in _issue_lines:
                issue_lines_item = InventoryIssueLineUpdateDto.from_dict(issue_lines_item_data)

                issue_lines.append(issue_lines_item)

        _reference_number = d.pop("referenceNumber", UNSET)
        reference_number: ReferenceNumberInInventoryIssueUpdateDto | Unset
        if isinstance(_reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = ReferenceNumberInInventoryIssueUpdateDto.from_dict(_reference_number)

        _hold = d.pop("hold", UNSET)
        hold: HoldInInventoryIssueUpdateDto | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = HoldInInventoryIssueUpdateDto.from_dict(_hold)

        _date = d.pop("date", UNSET)
        date: DateInInventoryIssueUpdateDto | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = DateInInventoryIssueUpdateDto.from_dict(_date)

        _post_period = d.pop("postPeriod", UNSET)
        post_period: PostPeriodInInventoryIssueUpdateDto | Unset
        if isinstance(_post_period, Unset):
            post_period = UNSET
        else:
            post_period = PostPeriodInInventoryIssueUpdateDto.from_dict(_post_period)

        _external_reference = d.pop("externalReference", UNSET)
        external_reference: ExternalReferenceInInventoryIssueUpdateDto | Unset
        if isinstance(_external_reference, Unset):
            external_reference = UNSET
        else:
            external_reference = ExternalReferenceInInventoryIssueUpdateDto.from_dict(_external_reference)

        _description = d.pop("description", UNSET)
        description: DescriptionInInventoryIssueUpdateDto | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DescriptionInInventoryIssueUpdateDto.from_dict(_description)

        _control_quantity = d.pop("controlQuantity", UNSET)
        control_quantity: ControlQuantityInInventoryIssueUpdateDto | Unset
        if isinstance(_control_quantity, Unset):
            control_quantity = UNSET
        else:
            control_quantity = ControlQuantityInInventoryIssueUpdateDto.from_dict(_control_quantity)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: BranchNumberInInventoryIssueUpdateDto | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = BranchNumberInInventoryIssueUpdateDto.from_dict(_branch_number)

        inventory_issue_update_dto = cls(
            control_amount=control_amount,
            issue_lines=issue_lines,
            reference_number=reference_number,
            hold=hold,
            date=date,
            post_period=post_period,
            external_reference=external_reference,
            description=description,
            control_quantity=control_quantity,
            branch_number=branch_number,
        )

        inventory_issue_update_dto.additional_properties = d
        return inventory_issue_update_dto

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
