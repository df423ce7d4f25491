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
class ProjectBudgetDto(GeneratedModel):
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

    project_id: str | Unset | None = UNSET
    project_task_id: str | Unset | None = UNSET
    account_group_id: str | Unset | None = UNSET
    inventory_number: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    rate: float | Unset | None = UNSET
    original_budget_qty: float | Unset | None = UNSET
    original_budget_amount: float | Unset | None = UNSET
    revised_budget_qty: float | Unset | None = UNSET
    revised_budget_amount: float | Unset | None = UNSET
    actual_qty: float | Unset | None = UNSET
    actual_amount: float | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    committed_qty: float | Unset | None = UNSET
    committed_amount: float | Unset | None = UNSET
    committed_open_qty: float | Unset | None = UNSET
    committed_open_amount: float | Unset | None = UNSET
    committed_received_qty: float | Unset | None = UNSET
    committed_invoiced_qty: float | Unset | None = UNSET
    committed_invoiced_amount: float | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.project_id
        if _value is not UNSET:
            field_dict["projectID"] = _value
        _value = self.project_task_id
        if _value is not UNSET:
            field_dict["projectTaskID"] = _value
        _value = self.account_group_id
        if _value is not UNSET:
            field_dict["accountGroupID"] = _value
        _value = self.inventory_number
        if _value is not UNSET:
            field_dict["inventoryNumber"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.rate
        if _value is not UNSET:
            field_dict["rate"] = _value
        _value = self.original_budget_qty
        if _value is not UNSET:
            field_dict["originalBudgetQty"] = _value
        _value = self.original_budget_amount
        if _value is not UNSET:
            field_dict["originalBudgetAmount"] = _value
        _value = self.revised_budget_qty
        if _value is not UNSET:
            field_dict["revisedBudgetQty"] = _value
        _value = self.revised_budget_amount
        if _value is not UNSET:
            field_dict["revisedBudgetAmount"] = _value
        _value = self.actual_qty
        if _value is not UNSET:
            field_dict["actualQty"] = _value
        _value = self.actual_amount
        if _value is not UNSET:
            field_dict["actualAmount"] = _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.committed_qty
        if _value is not UNSET:
            field_dict["committedQty"] = _value
        _value = self.committed_amount
        if _value is not UNSET:
            field_dict["committedAmount"] = _value
        _value = self.committed_open_qty
        if _value is not UNSET:
            field_dict["committedOpenQty"] = _value
        _value = self.committed_open_amount
        if _value is not UNSET:
            field_dict["committedOpenAmount"] = _value
        _value = self.committed_received_qty
        if _value is not UNSET:
            field_dict["committedReceivedQty"] = _value
        _value = self.committed_invoiced_qty
        if _value is not UNSET:
            field_dict["committedInvoicedQty"] = _value
        _value = self.committed_invoiced_amount
        if _value is not UNSET:
            field_dict["committedInvoicedAmount"] = _value
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ProjectBudgetDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.project_id = _rest.pop("projectID", UNSET)
        self.project_task_id = _rest.pop("projectTaskID", UNSET)
        self.account_group_id = _rest.pop("accountGroupID", UNSET)
        self.inventory_number = _rest.pop("inventoryNumber", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        self.rate = _rest.pop("rate", UNSET)
        self.original_budget_qty = _rest.pop("originalBudgetQty", UNSET)
        self.original_budget_amount = _rest.pop("originalBudgetAmount", UNSET)
        self.revised_budget_qty = _rest.pop("revisedBudgetQty", UNSET)
        self.revised_budget_amount = _rest.pop("revisedBudgetAmount", UNSET)
        self.actual_qty = _rest.pop("actualQty", UNSET)
        self.actual_amount = _rest.pop("actualAmount", UNSET)
        self.type_ = _rest.pop("type", UNSET)
        self.committed_qty = _rest.pop("committedQty", UNSET)
        self.committed_amount = _rest.pop("committedAmount", UNSET)
        self.committed_open_qty = _rest.pop("committedOpenQty", UNSET)
        self.committed_open_amount = _rest.pop("committedOpenAmount", UNSET)
        self.committed_received_qty = _rest.pop("committedReceivedQty", UNSET)
        self.committed_invoiced_qty = _rest.pop("committedInvoicedQty", UNSET)
        self.committed_invoiced_amount = _rest.pop("committedInvoicedAmount", UNSET)
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("project_id", "projectID", False, "str"),
        ("project_task_id", "projectTaskID", False, "str"),
        ("account_group_id", "accountGroupID", False, "str"),
        ("inventory_number", "inventoryNumber", False, "str"),
        ("description", "description", False, "str"),
        ("uom", "uom", False, "str"),
        ("rate", "rate", False, "float"),
        ("original_budget_qty", "originalBudgetQty", False, "float"),
        ("original_budget_amount", "originalBudgetAmount", False, "float"),
        ("revised_budget_qty", "revisedBudgetQty", False, "float"),
        ("revised_budget_amount", "revisedBudgetAmount", False, "float"),
        ("actual_qty", "actualQty", False, "float"),
        ("actual_amount", "actualAmount", False, "float"),
        ("type_", "type", False, "str"),
        ("committed_qty", "committedQty", False, "float"),
        ("committed_amount", "committedAmount", False, "float"),
        ("committed_open_qty", "committedOpenQty", False, "float"),
        ("committed_open_amount", "committedOpenAmount", False, "float"),
        ("committed_received_qty", "committedReceivedQty", False, "float"),
        ("committed_invoiced_qty", "committedInvoicedQty", False, "float"),
        ("committed_invoiced_amount", "committedInvoicedAmount", False, "float"),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(ProjectBudgetDto)
