from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_number_in_inventory_receipt_update_dto import BranchNumberInInventoryReceiptUpdateDto
    from ..models.control_cost_in_inventory_receipt_update_dto import ControlCostInInventoryReceiptUpdateDto
    from ..models.control_quantity_in_inventory_receipt_update_dto import ControlQuantityInInventoryReceiptUpdateDto
    from ..models.date_in_inventory_receipt_update_dto import DateInInventoryReceiptUpdateDto
    from ..models.description_in_inventory_receipt_update_dto import DescriptionInInventoryReceiptUpdateDto
    from ..models.external_reference_in_inventory_receipt_update_dto import ExternalReferenceInInventoryReceiptUpdateDto
    from ..models.hold_in_inventory_receipt_update_dto import HoldInInventoryReceiptUpdateDto
    from ..models.inventory_receipt_line_update_dto import InventoryReceiptLineUpdateDto
    from ..models.post_period_in_inventory_receipt_update_dto import PostPeriodInInventoryReceiptUpdateDto
    from ..models.reference_number_in_inventory_receipt_update_dto import ReferenceNumberInInventoryReceiptUpdateDto
    from ..models.transfer_number_in_inventory_receipt_update_dto import TransferNumberInInventoryReceiptUpdateDto


T = TypeVar("T", bound="InventoryReceiptUpdateDto")


@_attrs_define
class InventoryReceiptUpdateDto:
    """This class represents a inventory issue in InventoryIssueController. Used by getting data.

    Attributes:
        transfer_number (TransferNumberInInventoryReceiptUpdateDto | Unset): The unique reference number of the receipt,
            which the system automatically assigns according to the numbering sequence selected for receipts on
            the??Inventory Preferences??IN.10.10.00) form.
        control_cost (ControlCostInInventoryReceiptUpdateDto | Unset): The manually entered summary amount for all
            specified inventory receipt items.
        receipt_lines (list[InventoryReceiptLineUpdateDto] | Unset): The inventory issue lines
        reference_number (ReferenceNumberInInventoryReceiptUpdateDto | Unset): The unique reference number of the
            receipt, which the system automatically assigns according to the numbering sequence selected for receipts on
            the??Inventory Preferences??IN.10.10.00) form.
        hold (HoldInInventoryReceiptUpdateDto | Unset): A check box that you select to give the receipt the??On
            Hold??status. Clear the check box to save the receipt with the??Balanced??status.
        date (DateInInventoryReceiptUpdateDto | Unset): The date when the receipt was created. All transactions included
            in this document will have this transaction date.
        post_period (PostPeriodInInventoryReceiptUpdateDto | Unset): The financial period to which the transactions
            recorded in the document should be posted. Use the format MMYYYY.
        external_reference (ExternalReferenceInInventoryReceiptUpdateDto | Unset): The external reference number of the
            inventory issue document (for example, the vendor???s reference code).
        description (DescriptionInInventoryReceiptUpdateDto | Unset): A brief description of the inventory issue or its
            transactions.
        control_quantity (ControlQuantityInInventoryReceiptUpdateDto | Unset): The manually entered quantity of
            inventory items.??Control Qty.??is available only if the??Validate Document Totals on Entry??option is selected
            on the??Inventory Preferences??form. If the??Control Qty.??and??Total Qty.values do not match, the system
            generates a warning message and the issue cannot be saved.
        branch_number (BranchNumberInInventoryReceiptUpdateDto | Unset): The Branch associated
    """

    transfer_number: TransferNumberInInventoryReceiptUpdateDto | Unset = UNSET
    control_cost: ControlCostInInventoryReceiptUpdateDto | Unset = UNSET
    receipt_lines: list[InventoryReceiptLineUpdateDto] | Unset = UNSET
    reference_number: ReferenceNumberInInventoryReceiptUpdateDto | Unset = UNSET
    hold: HoldInInventoryReceiptUpdateDto | Unset = UNSET
    date: DateInInventoryReceiptUpdateDto | Unset = UNSET
    post_period: PostPeriodInInventoryReceiptUpdateDto | Unset = UNSET
    external_reference: ExternalReferenceInInventoryReceiptUpdateDto | Unset = UNSET
    description: DescriptionInInventoryReceiptUpdateDto | Unset = UNSET
    control_quantity: ControlQuantityInInventoryReceiptUpdateDto | Unset = UNSET
    branch_number: BranchNumberInInventoryReceiptUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_number, Unset):
            transfer_number = self.transfer_number.to_dict()

        control_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_cost, Unset):
            control_cost = self.control_cost.to_dict()

        receipt_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.receipt_lines, Unset):
            receipt_lines = []
            for receipt_lines_item_data in self.receipt_lines:
                receipt_lines_item = receipt_lines_item_data.to_dict()
                receipt_lines.append(receipt_lines_item)

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
        if transfer_number is not UNSET:
            field_dict["transferNumber"] = transfer_number
        if control_cost is not UNSET:
            field_dict["controlCost"] = control_cost
        if receipt_lines is not UNSET:
            field_dict["receiptLines"] = receipt_lines
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
        from ..models.branch_number_in_inventory_receipt_update_dto import BranchNumberInInventoryReceiptUpdateDto
        from ..models.control_cost_in_inventory_receipt_update_dto import ControlCostInInventoryReceiptUpdateDto
        from ..models.control_quantity_in_inventory_receipt_update_dto import ControlQuantityInInventoryReceiptUpdateDto
        from ..models.date_in_inventory_receipt_update_dto import DateInInventoryReceiptUpdateDto
        from ..models.description_in_inventory_receipt_update_dto import DescriptionInInventoryReceiptUpdateDto
        from ..models.external_reference_in_inventory_receipt_update_dto import (
            ExternalReferenceInInventoryReceiptUpdateDto,
        )
        from ..models.hold_in_inventory_receipt_update_dto import HoldInInventoryReceiptUpdateDto
        from ..models.inventory_receipt_line_update_dto import InventoryReceiptLineUpdateDto
        from ..models.post_period_in_inventory_receipt_update_dto import PostPeriodInInventoryReceiptUpdateDto
        from ..models.reference_number_in_inventory_receipt_update_dto import ReferenceNumberInInventoryReceiptUpdateDto
        from ..models.transfer_number_in_inventory_receipt_update_dto import TransferNumberInInventoryReceiptUpdateDto

        d = dict(src_dict)
        _transfer_number = d.pop("transferNumber", UNSET)
        transfer_number: TransferNumberInInventoryReceiptUpdateDto | Unset
        if isinstance(_transfer_number, Unset):
            transfer_number = UNSET
        else:
            transfer_number = TransferNumberInInventoryReceiptUpdateDto.from_dict(_transfer_number)

        _control_cost = d.pop("controlCost", UNSET)
        control_cost: ControlCostInInventoryReceiptUpdateDto | Unset
        if isinstance(_control_cost, Unset):
            control_cost = UNSET
        else:
            control_cost = ControlCostInInventoryReceiptUpdateDto.from_dict(_control_cost)

        _receipt_lines = d.pop("receiptLines", UNSET)
        receipt_lines: list[InventoryReceiptLineUpdateDto] | Unset = UNSET
        if _receipt_lines is not UNSET:
            receipt_lines = []
            for receipt_lines_item_data in _receipt_lines:
                receipt_lines_item = InventoryReceiptLineUpdateDto.from_dict(receipt_lines_item_data)

                receipt_lines.append(receipt_lines_item)

        _reference_number = d.pop("referenceNumber", UNSET)
        reference_number: ReferenceNumberInInventoryReceiptUpdateDto | Unset
        if isinstance(_reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = ReferenceNumberInInventoryReceiptUpdateDto.from_dict(_reference_number)

        _hold = d.pop("hold", UNSET)
        hold: HoldInInventoryReceiptUpdateDto | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = HoldInInventoryReceiptUpdateDto.from_dict(_hold)

        _date = d.pop("date", UNSET)
        date: DateInInventoryReceiptUpdateDto | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = DateInInventoryReceiptUpdateDto.from_dict(_date)

        _post_period = d.pop("postPeriod", UNSET)
        post_period: PostPeriodInInventoryReceiptUpdateDto | Unset
        if isinstance(_post_period, Unset):
            post_period = UNSET
        else:
            post_period = PostPeriodInInventoryReceiptUpdateDto.from_dict(_post_period)

        _external_reference = d.pop("externalReference", UNSET)
        external_reference: ExternalReferenceInInventoryReceiptUpdateDto | Unset
        if isinstance(_external_reference, Unset):
            external_reference = UNSET
        else:
            external_reference = ExternalReferenceInInventoryReceiptUpdateDto.from_dict(_external_reference)

        _description = d.pop("description", UNSET)
        description: DescriptionInInventoryReceiptUpdateDto | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DescriptionInInventoryReceiptUpdateDto.from_dict(_description)

        _control_quantity = d.pop("controlQuantity", UNSET)
        control_quantity: ControlQuantityInInventoryReceiptUpdateDto | Unset
        if isinstance(_control_quantity, Unset):
            control_quantity = UNSET
        else:
            control_quantity = ControlQuantityInInventoryReceiptUpdateDto.from_dict(_control_quantity)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: BranchNumberInInventoryReceiptUpdateDto | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = BranchNumberInInventoryReceiptUpdateDto.from_dict(_branch_number)

        inventory_receipt_update_dto = cls(
            transfer_number=transfer_number,
            control_cost=control_cost,
            receipt_lines=receipt_lines,
            reference_number=reference_number,
            hold=hold,
            date=date,
            post_period=post_period,
            external_reference=external_reference,
            description=description,
            control_quantity=control_quantity,
            branch_number=branch_number,
        )

        inventory_receipt_update_dto.additional_properties = d
        return inventory_receipt_update_dto

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
