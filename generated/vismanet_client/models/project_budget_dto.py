from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="ProjectBudgetDto")


@_attrs_define
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
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        project_id = d.pop("projectID", UNSET)

        project_task_id = d.pop("projectTaskID", UNSET)

        account_group_id = d.pop("accountGroupID", UNSET)

        inventory_number = d.pop("inventoryNumber", UNSET)

        description = d.pop("description", UNSET)

        uom = d.pop("uom", UNSET)

        rate = d.pop("rate", UNSET)

        original_budget_qty = d.pop("originalBudgetQty", UNSET)

        original_budget_amount = d.pop("originalBudgetAmount", UNSET)

        revised_budget_qty = d.pop("revisedBudgetQty", UNSET)

        revised_budget_amount = d.pop("revisedBudgetAmount", UNSET)

        actual_qty = d.pop("actualQty", UNSET)

        actual_amount = d.pop("actualAmount", UNSET)

        type_ = d.pop("type", UNSET)

        committed_qty = d.pop("committedQty", UNSET)

        committed_amount = d.pop("committedAmount", UNSET)

        committed_open_qty = d.pop("committedOpenQty", UNSET)

        committed_open_amount = d.pop("committedOpenAmount", UNSET)

        committed_received_qty = d.pop("committedReceivedQty", UNSET)

        committed_invoiced_qty = d.pop("committedInvoicedQty", UNSET)

        committed_invoiced_amount = d.pop("committedInvoicedAmount", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        project_budget_dto = cls(
            project_id=project_id,
            project_task_id=project_task_id,
            account_group_id=account_group_id,
            inventory_number=inventory_number,
            description=description,
            uom=uom,
            rate=rate,
            original_budget_qty=original_budget_qty,
            original_budget_amount=original_budget_amount,
            revised_budget_qty=revised_budget_qty,
            revised_budget_amount=revised_budget_amount,
            actual_qty=actual_qty,
            actual_amount=actual_amount,
            type_=type_,
            committed_qty=committed_qty,
            committed_amount=committed_amount,
            committed_open_qty=committed_open_qty,
            committed_open_amount=committed_open_amount,
            committed_received_qty=committed_received_qty,
            committed_invoiced_qty=committed_invoiced_qty,
            committed_invoiced_amount=committed_invoiced_amount,
            error_info=error_info,
            metadata=metadata,
        )

        project_budget_dto.additional_properties = d
        return project_budget_dto

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
