from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class InventoryAdjustmentUpdateDto(GeneratedModel):
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

    control_cost: ControlCostInInventoryAdjustmentUpdateDto | Unset | None = UNSET
    adjustment_lines: list[InventoryAdjustmentLineUpdateDto] | Unset | None = UNSET
    reference_number: ReferenceNumberInInventoryAdjustmentUpdateDto | Unset | None = UNSET
    hold: HoldInInventoryAdjustmentUpdateDto | Unset | None = UNSET
    date: DateInInventoryAdjustmentUpdateDto | Unset | None = UNSET
    post_period: PostPeriodInInventoryAdjustmentUpdateDto | Unset | None = UNSET
    external_reference: ExternalReferenceInInventoryAdjustmentUpdateDto | Unset | None = UNSET
    description: DescriptionInInventoryAdjustmentUpdateDto | Unset | None = UNSET
    control_quantity: ControlQuantityInInventoryAdjustmentUpdateDto | Unset | None = UNSET
    branch_number: BranchNumberInInventoryAdjustmentUpdateDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.control_cost
        if _value is not UNSET:
            field_dict["controlCost"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.adjustment_lines
        if _value is not UNSET:
            field_dict["adjustmentLines"] = (
                [
                    adjustment_lines_item_data.to_dict()
                    if isinstance(adjustment_lines_item_data, GeneratedModel)
                    else adjustment_lines_item_data
                    for adjustment_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.reference_number
        if _value is not UNSET:
            field_dict["referenceNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.post_period
        if _value is not UNSET:
            field_dict["postPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.external_reference
        if _value is not UNSET:
            field_dict["externalReference"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.control_quantity
        if _value is not UNSET:
            field_dict["controlQuantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not InventoryAdjustmentUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("controlCost", UNSET)
        self.control_cost = (
            _models.ControlCostInInventoryAdjustmentUpdateDto._vn_fill(
                _new(_models.ControlCostInInventoryAdjustmentUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("adjustmentLines", UNSET)
        self.adjustment_lines = (
            [
                _models.InventoryAdjustmentLineUpdateDto._vn_fill(
                    _new(_models.InventoryAdjustmentLineUpdateDto), adjustment_lines_item_data
                )
                if isinstance(adjustment_lines_item_data, dict)
                else adjustment_lines_item_data
                for adjustment_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("referenceNumber", UNSET)
        self.reference_number = (
            _models.ReferenceNumberInInventoryAdjustmentUpdateDto._vn_fill(
                _new(_models.ReferenceNumberInInventoryAdjustmentUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.HoldInInventoryAdjustmentUpdateDto._vn_fill(
                _new(_models.HoldInInventoryAdjustmentUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("date", UNSET)
        self.date = (
            _models.DateInInventoryAdjustmentUpdateDto._vn_fill(
                _new(_models.DateInInventoryAdjustmentUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("postPeriod", UNSET)
        self.post_period = (
            _models.PostPeriodInInventoryAdjustmentUpdateDto._vn_fill(
                _new(_models.PostPeriodInInventoryAdjustmentUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("externalReference", UNSET)
        self.external_reference = (
            _models.ExternalReferenceInInventoryAdjustmentUpdateDto._vn_fill(
                _new(_models.ExternalReferenceInInventoryAdjustmentUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DescriptionInInventoryAdjustmentUpdateDto._vn_fill(
                _new(_models.DescriptionInInventoryAdjustmentUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("controlQuantity", UNSET)
        self.control_quantity = (
            _models.ControlQuantityInInventoryAdjustmentUpdateDto._vn_fill(
                _new(_models.ControlQuantityInInventoryAdjustmentUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberInInventoryAdjustmentUpdateDto._vn_fill(
                _new(_models.BranchNumberInInventoryAdjustmentUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("control_cost", "controlCost", False, ("model", "ControlCostInInventoryAdjustmentUpdateDto")),
        ("adjustment_lines", "adjustmentLines", False, ("list", ("model", "InventoryAdjustmentLineUpdateDto"))),
        ("reference_number", "referenceNumber", False, ("model", "ReferenceNumberInInventoryAdjustmentUpdateDto")),
        ("hold", "hold", False, ("model", "HoldInInventoryAdjustmentUpdateDto")),
        ("date", "date", False, ("model", "DateInInventoryAdjustmentUpdateDto")),
        ("post_period", "postPeriod", False, ("model", "PostPeriodInInventoryAdjustmentUpdateDto")),
        (
            "external_reference",
            "externalReference",
            False,
            ("model", "ExternalReferenceInInventoryAdjustmentUpdateDto"),
        ),
        ("description", "description", False, ("model", "DescriptionInInventoryAdjustmentUpdateDto")),
        ("control_quantity", "controlQuantity", False, ("model", "ControlQuantityInInventoryAdjustmentUpdateDto")),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInInventoryAdjustmentUpdateDto")),
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


_Lazy = _lazy_twin(InventoryAdjustmentUpdateDto)
