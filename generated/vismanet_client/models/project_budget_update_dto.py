from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ProjectBudgetUpdateDto")


@_attrs_define
class ProjectBudgetUpdateDto:
    """
    Attributes:
        project_id (DtoValueOfString | Unset):
        project_task_id (DtoValueOfString | Unset):
        account_group_id (DtoValueOfString | Unset):
        inventory_number (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        uom (DtoValueOfString | Unset):
        rate (DtoValueOfNullableOfDecimal | Unset):
        original_budget_qty (DtoValueOfNullableOfDecimal | Unset):
        original_budget_amount (DtoValueOfNullableOfDecimal | Unset):
        revised_budget_qty (DtoValueOfNullableOfDecimal | Unset):
        revised_budget_amount (DtoValueOfNullableOfDecimal | Unset):
    """

    project_id: DtoValueOfString | Unset = UNSET
    project_task_id: DtoValueOfString | Unset = UNSET
    account_group_id: DtoValueOfString | Unset = UNSET
    inventory_number: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    rate: DtoValueOfNullableOfDecimal | Unset = UNSET
    original_budget_qty: DtoValueOfNullableOfDecimal | Unset = UNSET
    original_budget_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    revised_budget_qty: DtoValueOfNullableOfDecimal | Unset = UNSET
    revised_budget_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = self.project_id.to_dict()

        project_task_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task_id, Unset):
            project_task_id = self.project_task_id.to_dict()

        account_group_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_group_id, Unset):
            account_group_id = self.account_group_id.to_dict()

        inventory_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_number, Unset):
            inventory_number = self.inventory_number.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate, Unset):
            rate = self.rate.to_dict()

        original_budget_qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_budget_qty, Unset):
            original_budget_qty = self.original_budget_qty.to_dict()

        original_budget_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_budget_amount, Unset):
            original_budget_amount = self.original_budget_amount.to_dict()

        revised_budget_qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revised_budget_qty, Unset):
            revised_budget_qty = self.revised_budget_qty.to_dict()

        revised_budget_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revised_budget_amount, Unset):
            revised_budget_amount = self.revised_budget_amount.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _project_id = d.pop("projectID", UNSET)
        project_id: DtoValueOfString | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = DtoValueOfString.from_dict(_project_id)

        _project_task_id = d.pop("projectTaskID", UNSET)
        project_task_id: DtoValueOfString | Unset
        if isinstance(_project_task_id, Unset):
            project_task_id = UNSET
        else:
            project_task_id = DtoValueOfString.from_dict(_project_task_id)

        _account_group_id = d.pop("accountGroupID", UNSET)
        account_group_id: DtoValueOfString | Unset
        if isinstance(_account_group_id, Unset):
            account_group_id = UNSET
        else:
            account_group_id = DtoValueOfString.from_dict(_account_group_id)

        _inventory_number = d.pop("inventoryNumber", UNSET)
        inventory_number: DtoValueOfString | Unset
        if isinstance(_inventory_number, Unset):
            inventory_number = UNSET
        else:
            inventory_number = DtoValueOfString.from_dict(_inventory_number)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _uom = d.pop("uom", UNSET)
        uom: DtoValueOfString | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = DtoValueOfString.from_dict(_uom)

        _rate = d.pop("rate", UNSET)
        rate: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = DtoValueOfNullableOfDecimal.from_dict(_rate)

        _original_budget_qty = d.pop("originalBudgetQty", UNSET)
        original_budget_qty: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_original_budget_qty, Unset):
            original_budget_qty = UNSET
        else:
            original_budget_qty = DtoValueOfNullableOfDecimal.from_dict(_original_budget_qty)

        _original_budget_amount = d.pop("originalBudgetAmount", UNSET)
        original_budget_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_original_budget_amount, Unset):
            original_budget_amount = UNSET
        else:
            original_budget_amount = DtoValueOfNullableOfDecimal.from_dict(_original_budget_amount)

        _revised_budget_qty = d.pop("revisedBudgetQty", UNSET)
        revised_budget_qty: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_revised_budget_qty, Unset):
            revised_budget_qty = UNSET
        else:
            revised_budget_qty = DtoValueOfNullableOfDecimal.from_dict(_revised_budget_qty)

        _revised_budget_amount = d.pop("revisedBudgetAmount", UNSET)
        revised_budget_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_revised_budget_amount, Unset):
            revised_budget_amount = UNSET
        else:
            revised_budget_amount = DtoValueOfNullableOfDecimal.from_dict(_revised_budget_amount)

        project_budget_update_dto = cls(
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
        )

        project_budget_update_dto.additional_properties = d
        return project_budget_update_dto

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
