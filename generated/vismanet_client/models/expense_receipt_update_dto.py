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
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ExpenseReceiptUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "date",
    "currency",
    "ref_nbr",
    "inventory",
    "description",
    "uom",
    "quantity",
    "unit_cost",
    "total_amount",
    "employee_part",
    "claimed_by",
    "branch",
    "expense_claim",
    "invoiceable",
    "project",
    "project_task",
    "customer",
    "location",
    "expense_account",
    "expense_sub",
    "sales_account",
    "sales_sub",
    "tax_category",
)


@_attrs_define(repr=False)
class ExpenseReceiptUpdateDto(GeneratedModel):
    """This class represents a Expense Receipt in ExpenseReceiptController. Used to post data to server.

    Attributes:
        date (DtoValueOfNullableOfDateTime | Unset):
        currency (DtoValueOfString | Unset):
        ref_nbr (DtoValueOfString | Unset):
        inventory (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        uom (DtoValueOfString | Unset):
        quantity (DtoValueOfNullableOfDecimal | Unset):
        unit_cost (DtoValueOfNullableOfDecimal | Unset):
        total_amount (DtoValueOfNullableOfDecimal | Unset):
        employee_part (DtoValueOfNullableOfDecimal | Unset):
        claimed_by (DtoValueOfString | Unset):
        branch (DtoValueOfString | Unset):
        expense_claim (DtoValueOfString | Unset):
        invoiceable (DtoValueOfNullableOfBoolean | Unset):
        project (DtoValueOfString | Unset):
        project_task (DtoValueOfString | Unset):
        customer (DtoValueOfString | Unset):
        location (DtoValueOfString | Unset):
        expense_account (DtoValueOfString | Unset):
        expense_sub (DtoValueOfString | Unset):
        sales_account (DtoValueOfString | Unset):
        sales_sub (DtoValueOfString | Unset):
        tax_category (DtoValueOfString | Unset):
    """

    date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    currency: DtoValueOfString | Unset | None = UNSET
    ref_nbr: DtoValueOfString | Unset | None = UNSET
    inventory: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    uom: DtoValueOfString | Unset | None = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    unit_cost: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    total_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    employee_part: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    claimed_by: DtoValueOfString | Unset | None = UNSET
    branch: DtoValueOfString | Unset | None = UNSET
    expense_claim: DtoValueOfString | Unset | None = UNSET
    invoiceable: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    project: DtoValueOfString | Unset | None = UNSET
    project_task: DtoValueOfString | Unset | None = UNSET
    customer: DtoValueOfString | Unset | None = UNSET
    location: DtoValueOfString | Unset | None = UNSET
    expense_account: DtoValueOfString | Unset | None = UNSET
    expense_sub: DtoValueOfString | Unset | None = UNSET
    sales_account: DtoValueOfString | Unset | None = UNSET
    sales_sub: DtoValueOfString | Unset | None = UNSET
    tax_category: DtoValueOfString | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ref_nbr
        if _value is not UNSET:
            field_dict["refNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory
        if _value is not UNSET:
            field_dict["inventory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.total_amount
        if _value is not UNSET:
            field_dict["totalAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.employee_part
        if _value is not UNSET:
            field_dict["employeePart"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.claimed_by
        if _value is not UNSET:
            field_dict["claimedBy"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_claim
        if _value is not UNSET:
            field_dict["expenseClaim"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoiceable
        if _value is not UNSET:
            field_dict["invoiceable"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_account
        if _value is not UNSET:
            field_dict["expenseAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_sub
        if _value is not UNSET:
            field_dict["expenseSub"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_account
        if _value is not UNSET:
            field_dict["salesAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_sub
        if _value is not UNSET:
            field_dict["salesSub"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_category
        if _value is not UNSET:
            field_dict["taxCategory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ExpenseReceiptUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("date", UNSET)
        self.date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currency", UNSET)
        self.currency = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("refNbr", UNSET)
        self.ref_nbr = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventory", UNSET)
        self.inventory = (
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
        _value = _rest.pop("quantity", UNSET)
        self.quantity = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("unitCost", UNSET)
        self.unit_cost = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("totalAmount", UNSET)
        self.total_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("employeePart", UNSET)
        self.employee_part = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("claimedBy", UNSET)
        self.claimed_by = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseClaim", UNSET)
        self.expense_claim = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceable", UNSET)
        self.invoiceable = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseAccount", UNSET)
        self.expense_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseSub", UNSET)
        self.expense_sub = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesAccount", UNSET)
        self.sales_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesSub", UNSET)
        self.sales_sub = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxCategory", UNSET)
        self.tax_category = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("date", "date", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("currency", "currency", False, ("model", "DtoValueOfString")),
        ("ref_nbr", "refNbr", False, ("model", "DtoValueOfString")),
        ("inventory", "inventory", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("uom", "uom", False, ("model", "DtoValueOfString")),
        ("quantity", "quantity", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("unit_cost", "unitCost", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("total_amount", "totalAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("employee_part", "employeePart", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("claimed_by", "claimedBy", False, ("model", "DtoValueOfString")),
        ("branch", "branch", False, ("model", "DtoValueOfString")),
        ("expense_claim", "expenseClaim", False, ("model", "DtoValueOfString")),
        ("invoiceable", "invoiceable", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("project", "project", False, ("model", "DtoValueOfString")),
        ("project_task", "projectTask", False, ("model", "DtoValueOfString")),
        ("customer", "customer", False, ("model", "DtoValueOfString")),
        ("location", "location", False, ("model", "DtoValueOfString")),
        ("expense_account", "expenseAccount", False, ("model", "DtoValueOfString")),
        ("expense_sub", "expenseSub", False, ("model", "DtoValueOfString")),
        ("sales_account", "salesAccount", False, ("model", "DtoValueOfString")),
        ("sales_sub", "salesSub", False, ("model", "DtoValueOfString")),
        ("tax_category", "taxCategory", False, ("model", "DtoValueOfString")),
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


_Lazy = _lazy_twin(ExpenseReceiptUpdateDto)
