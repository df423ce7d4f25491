from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_number_in_inventory_adjustment_update_dto import BranchNumberInInventoryAdjustmentUpdateDto
    from ..models.control_cost_in_inventory_adjustment_update_dto import ControlCostInInventoryAdjustmentUpdateDto
    from ..models.control_quantity_in_inventory_adjustment_update_dto import (
        ControlQuantityInInventoryAdjustmentUpdateDto,
    )
    from ..models.date_in_inventory_adjustment_update_dto import DateInInventoryAdjustmentUpdateDto
    from ..models.description_in_inventory_adjustment_update_dto import DescriptionInInventoryAdjustmentUpdateDto
    from ..models.external_reference_in_inventory_adjustment_update_dto import (
        ExternalReferenceInInventoryAdjustmentUpdateDto,
    )
    from ..models.hold_in_inventory_adjustment_update_dto import HoldInInventoryAdjustmentUpdateDto
    from ..models.inventory_adjustment_line_update_dto import InventoryAdjustmentLineUpdateDto
    from ..models.post_period_in_inventory_adjustment_update_dto import PostPeriodInInventoryAdjustmentUpdateDto
    from ..models.reference_number_in_inventory_adjustment_update_dto import (
        ReferenceNumberInInventoryAdjustmentUpdateDto,
    )


T = TypeVar("T", bound="InventoryAdjustmentUpdateDto")


@_attrs_define
class InventoryAdjustmentUpdateDto:
    """This class represents a inventory issue in InventoryIssueController. Used by getting data.

    Attributes:
        control_cost (ControlCostInInventoryAdjustmentUpdateDto | Unset): The manually entered summary cost for all
            specified inventory adjustment items.
        adjustment_lines (list[InventoryAdjustmentLineUpdateDto] | Unset): The inventory adjustment lines
        reference_number (ReferenceNumberInInventoryAdjustmentUpdateDto | Unset): The unique reference number of the
            receipt, which the system automatically assigns according to the numbering sequence selected for receipts on
            the??Inventory Preferences??IN.10.10.00) form.
        hold (HoldInInventoryAdjustmentUpdateDto | Unset): A check box that you select to give the receipt the??On
            Hold??status. Clear the check box to save the receipt with the??Balanced??status.
        date (DateInInventoryAdjustmentUpdateDto | Unset): The date when the receipt was created. All transactions
            included in this document will have this transaction date.
        post_period (PostPeriodInInventoryAdjustmentUpdateDto | Unset): The financial period to which the transactions
            recorded in the document should be posted. Use the format MMYYYY.
        external_reference (ExternalReferenceInInventoryAdjustmentUpdateDto | Unset): The external reference number of
            the inventory issue document (for example, the vendor???s reference code).
        description (DescriptionInInventoryAdjustmentUpdateDto | Unset): A brief description of the inventory issue or
            its transactions.
        control_quantity (ControlQuantityInInventoryAdjustmentUpdateDto | Unset): The manually entered quantity of
            inventory items.??Control Qty.??is available only if the??Validate Document Totals on Entry??option is selected
            on the??Inventory Preferences??form. If the??Control Qty.??and??Total Qty.values do not match, the system
            generates a warning message and the issue cannot be saved.
        branch_number (BranchNumberInInventoryAdjustmentUpdateDto | Unset): The Branch associated
    """

    control_cost: ControlCostInInventoryAdjustmentUpdateDto | Unset = UNSET
    adjustment_lines: list[InventoryAdjustmentLineUpdateDto] | Unset = UNSET
    reference_number: ReferenceNumberInInventoryAdjustmentUpdateDto | Unset = UNSET
    hold: HoldInInventoryAdjustmentUpdateDto | Unset = UNSET
    date: DateInInventoryAdjustmentUpdateDto | Unset = UNSET
    post_period: PostPeriodInInventoryAdjustmentUpdateDto | Unset = UNSET
    external_reference: ExternalReferenceInInventoryAdjustmentUpdateDto | Unset = UNSET
    description: DescriptionInInventoryAdjustmentUpdateDto | Unset = UNSET
    control_quantity: ControlQuantityInInventoryAdjustmentUpdateDto | Unset = UNSET
    branch_number: BranchNumberInInventoryAdjustmentUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        control_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_cost, Unset):
            control_cost = self.control_cost.to_dict()

        adjustment_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.adjustment_lines, Unset):
            adjustment_lines = []
            for adjustment_lines_item_data in self.adjustment_lines:
                adjustment_lines_item = adjustment_lines_item_data.to_dict()
                adjustment_lines.append(adjustment_lines_item)

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
        if control_cost is not UNSET:
            field_dict["controlCost"] = control_cost
        if adjustment_lines is not UNSET:
            field_dict["adjustmentLines"] = adjustment_lines
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
        from ..models.branch_number_in_inventory_adjustment_update_dto import BranchNumberInInventoryAdjustmentUpdateDto
        from ..models.control_cost_in_inventory_adjustment_update_dto import ControlCostInInventoryAdjustmentUpdateDto
        from ..models.control_quantity_in_inventory_adjustment_update_dto import (
            ControlQuantityInInventoryAdjustmentUpdateDto,
        )
        from ..models.date_in_inventory_adjustment_update_dto import DateInInventoryAdjustmentUpdateDto
        from ..models.description_in_inventory_adjustment_update_dto import DescriptionInInventoryAdjustmentUpdateDto
        from ..models.external_reference_in_inventory_adjustment_update_dto import (
            ExternalReferenceInInventoryAdjustmentUpdateDto,
        )
        from ..models.hold_in_inventory_adjustment_update_dto import HoldInInventoryAdjustmentUpdateDto
        from ..models.inventory_adjustment_line_update_dto import InventoryAdjustmentLineUpdateDto
        from ..models.post_period_in_inventory_adjustment_update_dto import PostPeriodInInventoryAdjustmentUpdateDto
        from ..models.reference_number_in_inventory_adjustment_update_dto import (
            ReferenceNumberInInventoryAdjustmentUpdateDto,
        )

        d = dict(src_dict)
        _control_cost = d.pop("controlCost", UNSET)
        control_cost: ControlCostInInventoryAdjustmentUpdateDto | Unset
        if isinstance(_control_cost, Unset):
            control_cost = UNSET
        else:
            control_cost = ControlCostInInventoryAdjustmentUpdateDto.from_dict(_control_cost)

        _adjustment_lines = d.pop("adjustmentLines", UNSET)
        adjustment_lines: list[InventoryAdjustmentLineUpdateDto] | Unset = UNSET
        if _adjustment_lines is not UNSET:
            adjustment_lines = []
            for adjustment_lines_item_data in _adjustment_lines:
                adjustment_lines_item = InventoryAdjustmentLineUpdateDto.from_dict(adjustment_lines_item_data)

                adjustment_lines.append(adjustment_lines_item)

        _reference_number = d.pop("referenceNumber", UNSET)
        reference_number: ReferenceNumberInInventoryAdjustmentUpdateDto | Unset
        if isinstance(_reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = ReferenceNumberInInventoryAdjustmentUpdateDto.from_dict(_reference_number)

        _hold = d.pop("hold", UNSET)
        hold: HoldInInventoryAdjustmentUpdateDto | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = HoldInInventoryAdjustmentUpdateDto.from_dict(_hold)

        _date = d.pop("date", UNSET)
        date: DateInInventoryAdjustmentUpdateDto | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = DateInInventoryAdjustmentUpdateDto.from_dict(_date)

        _post_period = d.pop("postPeriod", UNSET)
        post_period: PostPeriodInInventoryAdjustmentUpdateDto | Unset
        if isinstance(_post_period, Unset):
            post_period = UNSET
        else:
            post_period = PostPeriodInInventoryAdjustmentUpdateDto.from_dict(_post_period)

        _external_reference = d.pop("externalReference", UNSET)
        external_reference: ExternalReferenceInInventoryAdjustmentUpdateDto | Unset
        if isinstance(_external_reference, Unset):
            external_reference = UNSET
        else:
            external_reference = ExternalReferenceInInventoryAdjustmentUpdateDto.from_dict(_external_reference)

        _description = d.pop("description", UNSET)
        description: DescriptionInInventoryAdjustmentUpdateDto | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DescriptionInInventoryAdjustmentUpdateDto.from_dict(_description)

        _control_quantity = d.pop("controlQuantity", UNSET)
        control_quantity: ControlQuantityInInventoryAdjustmentUpdateDto | Unset
        if isinstance(_control_quantity, Unset):
            control_quantity = UNSET
        else:
            control_quantity = ControlQuantityInInventoryAdjustmentUpdateDto.from_dict(_control_quantity)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: BranchNumberInInventoryAdjustmentUpdateDto | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = BranchNumberInInventoryAdjustmentUpdateDto.from_dict(_branch_number)

        inventory_adjustment_update_dto = cls(
            control_cost=control_cost,
            adjustment_lines=adjustment_lines,
            reference_number=reference_number,
            hold=hold,
            date=date,
            post_period=post_period,
            external_reference=external_reference,
            description=description,
            control_quantity=control_quantity,
            branch_number=branch_number,
        )

        inventory_adjustment_update_dto.additional_properties = d
        return inventory_adjustment_update_dto

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
