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
    from ..models.branch_number_in_inventory_transfer_update_dto import BranchNumberInInventoryTransferUpdateDto
    from ..models.control_quantity_in_inventory_transfer_update_dto import ControlQuantityInInventoryTransferUpdateDto
    from ..models.date_in_inventory_transfer_update_dto import DateInInventoryTransferUpdateDto
    from ..models.description_in_inventory_transfer_update_dto import DescriptionInInventoryTransferUpdateDto
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.external_reference_in_inventory_transfer_update_dto import (
        ExternalReferenceInInventoryTransferUpdateDto,
    )
    from ..models.hold_in_inventory_transfer_update_dto import HoldInInventoryTransferUpdateDto
    from ..models.inventory_transfer_line_update_dto import InventoryTransferLineUpdateDto
    from ..models.post_period_in_inventory_transfer_update_dto import PostPeriodInInventoryTransferUpdateDto
    from ..models.reference_number_in_inventory_transfer_update_dto import ReferenceNumberInInventoryTransferUpdateDto


T = TypeVar("T", bound="InventoryTransferUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "warehouse_id",
    "to_warehouse_id",
    "transfer_lines",
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
class InventoryTransferUpdateDto(GeneratedModel):
    """This class represents a inventory issue in InventoryIssueController. Used by getting data.

    Attributes:
        warehouse_id (DtoValueOfString | Unset):
        to_warehouse_id (DtoValueOfString | Unset):
        transfer_lines (list[InventoryTransferLineUpdateDto] | Unset): The inventory issue lines
        reference_number (ReferenceNumberInInventoryTransferUpdateDto | Unset): The unique reference number of the
            receipt, which the system automatically assigns according to the numbering sequence selected for receipts on
            the??Inventory Preferences??IN.10.10.00) form.
        hold (HoldInInventoryTransferUpdateDto | Unset): A check box that you select to give the receipt the??On
            Hold??status. Clear the check box to save the receipt with the??Balanced??status.
        date (DateInInventoryTransferUpdateDto | Unset): The date when the receipt was created. All transactions
            included in this document will have this transaction date.
        post_period (PostPeriodInInventoryTransferUpdateDto | Unset): The financial period to which the transactions
            recorded in the document should be posted. Use the format MMYYYY.
        external_reference (ExternalReferenceInInventoryTransferUpdateDto | Unset): The external reference number of the
            inventory issue document (for example, the vendor???s reference code).
        description (DescriptionInInventoryTransferUpdateDto | Unset): A brief description of the inventory issue or its
            transactions.
        control_quantity (ControlQuantityInInventoryTransferUpdateDto | Unset): The manually entered quantity of
            inventory items.??Control Qty.??is available only if the??Validate Document Totals on Entry??option is selected
            on the??Inventory Preferences??form. If the??Control Qty.??and??Total Qty.values do not match, the system
            generates a warning message and the issue cannot be saved.
        branch_number (BranchNumberInInventoryTransferUpdateDto | Unset): The Branch associated
    """

    warehouse_id: DtoValueOfString | Unset | None = UNSET
    to_warehouse_id: DtoValueOfString | Unset | None = UNSET
    transfer_lines: list[InventoryTransferLineUpdateDto] | Unset | None = UNSET
    reference_number: ReferenceNumberInInventoryTransferUpdateDto | Unset | None = UNSET
    hold: HoldInInventoryTransferUpdateDto | Unset | None = UNSET
    date: DateInInventoryTransferUpdateDto | Unset | None = UNSET
    post_period: PostPeriodInInventoryTransferUpdateDto | Unset | None = UNSET
    external_reference: ExternalReferenceInInventoryTransferUpdateDto | Unset | None = UNSET
    description: DescriptionInInventoryTransferUpdateDto | Unset | None = UNSET
    control_quantity: ControlQuantityInInventoryTransferUpdateDto | Unset | None = UNSET
    branch_number: BranchNumberInInventoryTransferUpdateDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.warehouse_id
        if _value is not UNSET:
            field_dict["warehouseId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.to_warehouse_id
        if _value is not UNSET:
            field_dict["toWarehouseId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        if cls is not InventoryTransferUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("warehouseId", UNSET)
        self.warehouse_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("toWarehouseId", UNSET)
        self.to_warehouse_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("transferLines", UNSET)
        self.transfer_lines = (
            [
                _models.InventoryTransferLineUpdateDto._vn_fill(
                    _new(_models.InventoryTransferLineUpdateDto), transfer_lines_item_data
                )
                if isinstance(transfer_lines_item_data, dict)
                else transfer_lines_item_data
                for transfer_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("referenceNumber", UNSET)
        self.reference_number = (
            _models.ReferenceNumberInInventoryTransferUpdateDto._vn_fill(
                _new(_models.ReferenceNumberInInventoryTransferUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.HoldInInventoryTransferUpdateDto._vn_fill(_new(_models.HoldInInventoryTransferUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("date", UNSET)
        self.date = (
            _models.DateInInventoryTransferUpdateDto._vn_fill(_new(_models.DateInInventoryTransferUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("postPeriod", UNSET)
        self.post_period = (
            _models.PostPeriodInInventoryTransferUpdateDto._vn_fill(
                _new(_models.PostPeriodInInventoryTransferUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("externalReference", UNSET)
        self.external_reference = (
            _models.ExternalReferenceInInventoryTransferUpdateDto._vn_fill(
                _new(_models.ExternalReferenceInInventoryTransferUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DescriptionInInventoryTransferUpdateDto._vn_fill(
                _new(_models.DescriptionInInventoryTransferUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("controlQuantity", UNSET)
        self.control_quantity = (
            _models.ControlQuantityInInventoryTransferUpdateDto._vn_fill(
                _new(_models.ControlQuantityInInventoryTransferUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberInInventoryTransferUpdateDto._vn_fill(
                _new(_models.BranchNumberInInventoryTransferUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("warehouse_id", "warehouseId", False, ("model", "DtoValueOfString")),
        ("to_warehouse_id", "toWarehouseId", False, ("model", "DtoValueOfString")),
        ("transfer_lines", "transferLines", False, ("list", ("model", "InventoryTransferLineUpdateDto"))),
        ("reference_number", "referenceNumber", False, ("model", "ReferenceNumberInInventoryTransferUpdateDto")),
        ("hold", "hold", False, ("model", "HoldInInventoryTransferUpdateDto")),
        ("date", "date", False, ("model", "DateInInventoryTransferUpdateDto")),
        ("post_period", "postPeriod", False, ("model", "PostPeriodInInventoryTransferUpdateDto")),
        ("external_reference", "externalReference", False, ("model", "ExternalReferenceInInventoryTransferUpdateDto")),
        ("description", "description", False, ("model", "DescriptionInInventoryTransferUpdateDto")),
        ("control_quantity", "controlQuantity", False, ("model", "ControlQuantityInInventoryTransferUpdateDto")),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInInventoryTransferUpdateDto")),
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


_Lazy = _lazy_twin(InventoryTransferUpdateDto)
