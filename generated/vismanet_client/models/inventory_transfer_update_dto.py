from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class InventoryTransferUpdateDto:
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

    warehouse_id: DtoValueOfString | Unset = UNSET
    to_warehouse_id: DtoValueOfString | Unset = UNSET
    transfer_lines: list[InventoryTransferLineUpdateDto] | Unset = UNSET
    reference_number: ReferenceNumberInInventoryTransferUpdateDto | Unset = UNSET
    hold: HoldInInventoryTransferUpdateDto | Unset = UNSET
    date: DateInInventoryTransferUpdateDto | Unset = UNSET
    post_period: PostPeriodInInventoryTransferUpdateDto | Unset = UNSET
    external_reference: ExternalReferenceInInventoryTransferUpdateDto | Unset = UNSET
    description: DescriptionInInventoryTransferUpdateDto | Unset = UNSET
    control_quantity: ControlQuantityInInventoryTransferUpdateDto | Unset = UNSET
    branch_number: BranchNumberInInventoryTransferUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse_id, Unset):
            warehouse_id = self.warehouse_id.to_dict()

        to_warehouse_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to_warehouse_id, Unset):
            to_warehouse_id = self.to_warehouse_id.to_dict()

        transfer_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transfer_lines, Unset):
            transfer_lines = []
            for transfer_lines_item_data in self.transfer_lines:
                transfer_lines_item = transfer_lines_item_data.to_dict()
                transfer_lines.append(transfer_lines_item)

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
        if warehouse_id is not UNSET:
            field_dict["warehouseId"] = warehouse_id
        if to_warehouse_id is not UNSET:
            field_dict["toWarehouseId"] = to_warehouse_id
        if transfer_lines is not UNSET:
            field_dict["transferLines"] = transfer_lines
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
        _value = _rest.pop("warehouseId", UNSET)
        _instance.warehouse_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("toWarehouseId", UNSET)
        _instance.to_warehouse_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("transferLines", UNSET)
        _instance.transfer_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.InventoryTransferLineUpdateDto.from_dict(transfer_lines_item_data)
                for transfer_lines_item_data in _value
            ]
        )
        _value = _rest.pop("referenceNumber", UNSET)
        _instance.reference_number = (
            UNSET if _value is UNSET else _models.ReferenceNumberInInventoryTransferUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.HoldInInventoryTransferUpdateDto.from_dict(_value)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else _models.DateInInventoryTransferUpdateDto.from_dict(_value)
        _value = _rest.pop("postPeriod", UNSET)
        _instance.post_period = (
            UNSET if _value is UNSET else _models.PostPeriodInInventoryTransferUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("externalReference", UNSET)
        _instance.external_reference = (
            UNSET if _value is UNSET else _models.ExternalReferenceInInventoryTransferUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("description", UNSET)
        _instance.description = (
            UNSET if _value is UNSET else _models.DescriptionInInventoryTransferUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("controlQuantity", UNSET)
        _instance.control_quantity = (
            UNSET if _value is UNSET else _models.ControlQuantityInInventoryTransferUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = (
            UNSET if _value is UNSET else _models.BranchNumberInInventoryTransferUpdateDto.from_dict(_value)
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
