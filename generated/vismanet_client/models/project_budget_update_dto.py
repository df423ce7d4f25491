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
class ProjectBudgetUpdateDto(GeneratedModel):
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

    project_id: DtoValueOfString | Unset | None = UNSET
    project_task_id: DtoValueOfString | Unset | None = UNSET
    account_group_id: DtoValueOfString | Unset | None = UNSET
    inventory_number: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    uom: DtoValueOfString | Unset | None = UNSET
    rate: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    original_budget_qty: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    original_budget_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    revised_budget_qty: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    revised_budget_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.project_id
        if _value is not UNSET:
            field_dict["projectID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task_id
        if _value is not UNSET:
            field_dict["projectTaskID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account_group_id
        if _value is not UNSET:
            field_dict["accountGroupID"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory_number
        if _value is not UNSET:
            field_dict["inventoryNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.rate
        if _value is not UNSET:
            field_dict["rate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.original_budget_qty
        if _value is not UNSET:
            field_dict["originalBudgetQty"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.original_budget_amount
        if _value is not UNSET:
            field_dict["originalBudgetAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.revised_budget_qty
        if _value is not UNSET:
            field_dict["revisedBudgetQty"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.revised_budget_amount
        if _value is not UNSET:
            field_dict["revisedBudgetAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ProjectBudgetUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("projectID", UNSET)
        self.project_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTaskID", UNSET)
        self.project_task_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("accountGroupID", UNSET)
        self.account_group_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventoryNumber", UNSET)
        self.inventory_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uom", UNSET)
        self.uom = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("rate", UNSET)
        self.rate = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("originalBudgetQty", UNSET)
        self.original_budget_qty = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("originalBudgetAmount", UNSET)
        self.original_budget_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("revisedBudgetQty", UNSET)
        self.revised_budget_qty = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("revisedBudgetAmount", UNSET)
        self.revised_budget_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("project_id", "projectID", False, ("model", "DtoValueOfString")),
        ("project_task_id", "projectTaskID", False, ("model", "DtoValueOfString")),
        ("account_group_id", "accountGroupID", False, ("model", "DtoValueOfString")),
        ("inventory_number", "inventoryNumber", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("uom", "uom", False, ("model", "DtoValueOfString")),
        ("rate", "rate", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("original_budget_qty", "originalBudgetQty", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("original_budget_amount", "originalBudgetAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("revised_budget_qty", "revisedBudgetQty", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("revised_budget_amount", "revisedBudgetAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
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


_Lazy = _lazy_twin(ProjectBudgetUpdateDto)
