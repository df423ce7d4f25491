from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ProjectBudgetUpdateDto")

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
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("projectID", UNSET)
        _instance.project_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("projectTaskID", UNSET)
        _instance.project_task_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("accountGroupID", UNSET)
        _instance.account_group_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("inventoryNumber", UNSET)
        _instance.inventory_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("rate", UNSET)
        _instance.rate = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("originalBudgetQty", UNSET)
        _instance.original_budget_qty = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("originalBudgetAmount", UNSET)
        _instance.original_budget_amount = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("revisedBudgetQty", UNSET)
        _instance.revised_budget_qty = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("revisedBudgetAmount", UNSET)
        _instance.revised_budget_amount = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
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
