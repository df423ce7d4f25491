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
class InventoryIssueUpdateDto(GeneratedModel):
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

    control_amount: ControlAmountInInventoryIssueUpdateDto | Unset | None = UNSET
    issue_lines: list[InventoryIssueLineUpdateDto] | Unset | None = UNSET
    reference_number: ReferenceNumberInInventoryIssueUpdateDto | Unset | None = UNSET
    hold: HoldInInventoryIssueUpdateDto | Unset | None = UNSET
    date: DateInInventoryIssueUpdateDto | Unset | None = UNSET
    post_period: PostPeriodInInventoryIssueUpdateDto | Unset | None = UNSET
    external_reference: ExternalReferenceInInventoryIssueUpdateDto | Unset | None = UNSET
    description: DescriptionInInventoryIssueUpdateDto | Unset | None = UNSET
    control_quantity: ControlQuantityInInventoryIssueUpdateDto | Unset | None = UNSET
    branch_number: BranchNumberInInventoryIssueUpdateDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.control_amount
        if _value is not UNSET:
            field_dict["controlAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        if cls is not InventoryIssueUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("controlAmount", UNSET)
        self.control_amount = (
            _models.ControlAmountInInventoryIssueUpdateDto._vn_fill(
                _new(_models.ControlAmountInInventoryIssueUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("issueLines", UNSET)
        self.issue_lines = (
            [
                _models.InventoryIssueLineUpdateDto._vn_fill(
                    _new(_models.InventoryIssueLineUpdateDto), issue_lines_item_data
                )
                if isinstance(issue_lines_item_data, dict)
                else issue_lines_item_data
                for issue_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("referenceNumber", UNSET)
        self.reference_number = (
            _models.ReferenceNumberInInventoryIssueUpdateDto._vn_fill(
                _new(_models.ReferenceNumberInInventoryIssueUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.HoldInInventoryIssueUpdateDto._vn_fill(_new(_models.HoldInInventoryIssueUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("date", UNSET)
        self.date = (
            _models.DateInInventoryIssueUpdateDto._vn_fill(_new(_models.DateInInventoryIssueUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("postPeriod", UNSET)
        self.post_period = (
            _models.PostPeriodInInventoryIssueUpdateDto._vn_fill(
                _new(_models.PostPeriodInInventoryIssueUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("externalReference", UNSET)
        self.external_reference = (
            _models.ExternalReferenceInInventoryIssueUpdateDto._vn_fill(
                _new(_models.ExternalReferenceInInventoryIssueUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DescriptionInInventoryIssueUpdateDto._vn_fill(
                _new(_models.DescriptionInInventoryIssueUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("controlQuantity", UNSET)
        self.control_quantity = (
            _models.ControlQuantityInInventoryIssueUpdateDto._vn_fill(
                _new(_models.ControlQuantityInInventoryIssueUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberInInventoryIssueUpdateDto._vn_fill(
                _new(_models.BranchNumberInInventoryIssueUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("control_amount", "controlAmount", False, ("model", "ControlAmountInInventoryIssueUpdateDto")),
        ("issue_lines", "issueLines", False, ("list", ("model", "InventoryIssueLineUpdateDto"))),
        ("reference_number", "referenceNumber", False, ("model", "ReferenceNumberInInventoryIssueUpdateDto")),
        ("hold", "hold", False, ("model", "HoldInInventoryIssueUpdateDto")),
        ("date", "date", False, ("model", "DateInInventoryIssueUpdateDto")),
        ("post_period", "postPeriod", False, ("model", "PostPeriodInInventoryIssueUpdateDto")),
        ("external_reference", "externalReference", False, ("model", "ExternalReferenceInInventoryIssueUpdateDto")),
        ("description", "description", False, ("model", "DescriptionInInventoryIssueUpdateDto")),
        ("control_quantity", "controlQuantity", False, ("model", "ControlQuantityInInventoryIssueUpdateDto")),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInInventoryIssueUpdateDto")),
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


_Lazy = _lazy_twin(InventoryIssueUpdateDto)
