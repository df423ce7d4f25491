from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
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

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "control_cost",
    "adjustment_lines",
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("controlCost", UNSET)
        _instance.control_cost = (
            UNSET if _value is UNSET else _models.ControlCostInInventoryAdjustmentUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("adjustmentLines", UNSET)
        _instance.adjustment_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.InventoryAdjustmentLineUpdateDto.from_dict(adjustment_lines_item_data)
                for adjustment_lines_item_data in _value
            ]
        )
        _value = _rest.pop("referenceNumber", UNSET)
        _instance.reference_number = (
            UNSET if _value is UNSET else _models.ReferenceNumberInInventoryAdjustmentUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.HoldInInventoryAdjustmentUpdateDto.from_dict(_value)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else _models.DateInInventoryAdjustmentUpdateDto.from_dict(_value)
        _value = _rest.pop("postPeriod", UNSET)
        _instance.post_period = (
            UNSET if _value is UNSET else _models.PostPeriodInInventoryAdjustmentUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("externalReference", UNSET)
        _instance.external_reference = (
            UNSET if _value is UNSET else _models.ExternalReferenceInInventoryAdjustmentUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("description", UNSET)
        _instance.description = (
            UNSET if _value is UNSET else _models.DescriptionInInventoryAdjustmentUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("controlQuantity", UNSET)
        _instance.control_quantity = (
            UNSET if _value is UNSET else _models.ControlQuantityInInventoryAdjustmentUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = (
            UNSET if _value is UNSET else _models.BranchNumberInInventoryAdjustmentUpdateDto.from_dict(_value)
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
