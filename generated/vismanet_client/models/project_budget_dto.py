from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="ProjectBudgetDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "project_id",
    "project_task_id",
    "account_group_id",
    "inventory_number",
    "description",
    "uom",
    "rate",
    "original_budget_qty",
    "original_budget_amount",
    "revised_budget_qty",
    "revised_budget_amount",
    "actual_qty",
    "actual_amount",
    "type_",
    "committed_qty",
    "committed_amount",
    "committed_open_qty",
    "committed_open_amount",
    "committed_received_qty",
    "committed_invoiced_qty",
    "committed_invoiced_amount",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class ProjectBudgetDto:
    """
    Attributes:
        project_id (str | Unset):
        project_task_id (str | Unset):
        account_group_id (str | Unset):
        inventory_number (str | Unset):
        description (str | Unset):
        uom (str | Unset):
        rate (float | Unset):
        original_budget_qty (float | Unset):
        original_budget_amount (float | Unset):
        revised_budget_qty (float | Unset):
        revised_budget_amount (float | Unset):
        actual_qty (float | Unset):
        actual_amount (float | Unset):
        type_ (str | Unset):
        committed_qty (float | Unset):
        committed_amount (float | Unset):
        committed_open_qty (float | Unset):
        committed_open_amount (float | Unset):
        committed_received_qty (float | Unset):
        committed_invoiced_qty (float | Unset):
        committed_invoiced_amount (float | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    project_id: str | Unset = UNSET
    project_task_id: str | Unset = UNSET
    account_group_id: str | Unset = UNSET
    inventory_number: str | Unset = UNSET
    description: str | Unset = UNSET
    uom: str | Unset = UNSET
    rate: float | Unset = UNSET
    original_budget_qty: float | Unset = UNSET
    original_budget_amount: float | Unset = UNSET
    revised_budget_qty: float | Unset = UNSET
    revised_budget_amount: float | Unset = UNSET
    actual_qty: float | Unset = UNSET
    actual_amount: float | Unset = UNSET
    type_: str | Unset = UNSET
    committed_qty: float | Unset = UNSET
    committed_amount: float | Unset = UNSET
    committed_open_qty: float | Unset = UNSET
    committed_open_amount: float | Unset = UNSET
    committed_received_qty: float | Unset = UNSET
    committed_invoiced_qty: float | Unset = UNSET
    committed_invoiced_amount: float | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        project_task_id = self.project_task_id

        account_group_id = self.account_group_id

        inventory_number = self.inventory_number

        description = self.description

        uom = self.uom

        rate = self.rate

        original_budget_qty = self.original_budget_qty

        original_budget_amount = self.original_budget_amount

        revised_budget_qty = self.revised_budget_qty

        revised_budget_amount = self.revised_budget_amount

        actual_qty = self.actual_qty

        actual_amount = self.actual_amount

        type_ = self.type_

        committed_qty = self.committed_qty

        committed_amount = self.committed_amount

        committed_open_qty = self.committed_open_qty

        committed_open_amount = self.committed_open_amount

        committed_received_qty = self.committed_received_qty

        committed_invoiced_qty = self.committed_invoiced_qty

        committed_invoiced_amount = self.committed_invoiced_amount

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectID"] = project_id
        if project_task_id is not UNSET:
            field_dict["projectTaskID"] = project_task_id
        if account_group_id is not UNSET:
            field_dict["accountGroupID"] = account_group_id
        if inventory_number is not UNSET:
            field_dict["inventoryNumber"] = inventory_number
        if description is not UNSET:
            field_dict["description"] = description
        if uom is not UNSET:
            field_dict["uom"] = uom
        if rate is not UNSET:
            field_dict["rate"] = rate
        if original_budget_qty is not UNSET:
            field_dict["originalBudgetQty"] = original_budget_qty
        if original_budget_amount is not UNSET:
            field_dict["originalBudgetAmount"] = original_budget_amount
        if revised_budget_qty is not UNSET:
            field_dict["revisedBudgetQty"] = revised_budget_qty
        if revised_budget_amount is not UNSET:
            field_dict["revisedBudgetAmount"] = revised_budget_amount
        if actual_qty is not UNSET:
            field_dict["actualQty"] = actual_qty
        if actual_amount is not UNSET:
            field_dict["actualAmount"] = actual_amount
        if type_ is not UNSET:
            field_dict["type"] = type_
        if committed_qty is not UNSET:
            field_dict["committedQty"] = committed_qty
        if committed_amount is not UNSET:
            field_dict["committedAmount"] = committed_amount
        if committed_open_qty is not UNSET:
            field_dict["committedOpenQty"] = committed_open_qty
        if committed_open_amount is not UNSET:
            field_dict["committedOpenAmount"] = committed_open_amount
        if committed_received_qty is not UNSET:
            field_dict["committedReceivedQty"] = committed_received_qty
        if committed_invoiced_qty is not UNSET:
            field_dict["committedInvoicedQty"] = committed_invoiced_qty
        if committed_invoiced_amount is not UNSET:
            field_dict["committedInvoicedAmount"] = committed_invoiced_amount
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.project_id = _rest.pop("projectID", UNSET)
        _instance.project_task_id = _rest.pop("projectTaskID", UNSET)
        _instance.account_group_id = _rest.pop("accountGroupID", UNSET)
        _instance.inventory_number = _rest.pop("inventoryNumber", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.rate = _rest.pop("rate", UNSET)
        _instance.original_budget_qty = _rest.pop("originalBudgetQty", UNSET)
        _instance.original_budget_amount = _rest.pop("originalBudgetAmount", UNSET)
        _instance.revised_budget_qty = _rest.pop("revisedBudgetQty", UNSET)
        _instance.revised_budget_amount = _rest.pop("revisedBudgetAmount", UNSET)
        _instance.actual_qty = _rest.pop("actualQty", UNSET)
        _instance.actual_amount = _rest.pop("actualAmount", UNSET)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.committed_qty = _rest.pop("committedQty", UNSET)
        _instance.committed_amount = _rest.pop("committedAmount", UNSET)
        _instance.committed_open_qty = _rest.pop("committedOpenQty", UNSET)
        _instance.committed_open_amount = _rest.pop("committedOpenAmount", UNSET)
        _instance.committed_received_qty = _rest.pop("committedReceivedQty", UNSET)
        _instance.committed_invoiced_qty = _rest.pop("committedInvoicedQty", UNSET)
        _instance.committed_invoiced_amount = _rest.pop("committedInvoicedAmount", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
