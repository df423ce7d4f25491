from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class ExpenseReceiptUpdateDto:
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

    date: DtoValueOfNullableOfDateTime | Unset = UNSET
    currency: DtoValueOfString | Unset = UNSET
    ref_nbr: DtoValueOfString | Unset = UNSET
    inventory: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset = UNSET
    unit_cost: DtoValueOfNullableOfDecimal | Unset = UNSET
    total_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    employee_part: DtoValueOfNullableOfDecimal | Unset = UNSET
    claimed_by: DtoValueOfString | Unset = UNSET
    branch: DtoValueOfString | Unset = UNSET
    expense_claim: DtoValueOfString | Unset = UNSET
    invoiceable: DtoValueOfNullableOfBoolean | Unset = UNSET
    project: DtoValueOfString | Unset = UNSET
    project_task: DtoValueOfString | Unset = UNSET
    customer: DtoValueOfString | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    expense_account: DtoValueOfString | Unset = UNSET
    expense_sub: DtoValueOfString | Unset = UNSET
    sales_account: DtoValueOfString | Unset = UNSET
    sales_sub: DtoValueOfString | Unset = UNSET
    tax_category: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        ref_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ref_nbr, Unset):
            ref_nbr = self.ref_nbr.to_dict()

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        unit_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_cost, Unset):
            unit_cost = self.unit_cost.to_dict()

        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount.to_dict()

        employee_part: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_part, Unset):
            employee_part = self.employee_part.to_dict()

        claimed_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.claimed_by, Unset):
            claimed_by = self.claimed_by.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        expense_claim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_claim, Unset):
            expense_claim = self.expense_claim.to_dict()

        invoiceable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoiceable, Unset):
            invoiceable = self.invoiceable.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        expense_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_account, Unset):
            expense_account = self.expense_account.to_dict()

        expense_sub: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_sub, Unset):
            expense_sub = self.expense_sub.to_dict()

        sales_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_account, Unset):
            sales_account = self.sales_account.to_dict()

        sales_sub: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_sub, Unset):
            sales_sub = self.sales_sub.to_dict()

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if description is not UNSET:
            field_dict["description"] = description
        if uom is not UNSET:
            field_dict["uom"] = uom
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if employee_part is not UNSET:
            field_dict["employeePart"] = employee_part
        if claimed_by is not UNSET:
            field_dict["claimedBy"] = claimed_by
        if branch is not UNSET:
            field_dict["branch"] = branch
        if expense_claim is not UNSET:
            field_dict["expenseClaim"] = expense_claim
        if invoiceable is not UNSET:
            field_dict["invoiceable"] = invoiceable
        if project is not UNSET:
            field_dict["project"] = project
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
        if customer is not UNSET:
            field_dict["customer"] = customer
        if location is not UNSET:
            field_dict["location"] = location
        if expense_account is not UNSET:
            field_dict["expenseAccount"] = expense_account
        if expense_sub is not UNSET:
            field_dict["expenseSub"] = expense_sub
        if sales_account is not UNSET:
            field_dict["salesAccount"] = sales_account
        if sales_sub is not UNSET:
            field_dict["salesSub"] = sales_sub
        if tax_category is not UNSET:
            field_dict["taxCategory"] = tax_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("refNbr", UNSET)
        _instance.ref_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("inventory", UNSET)
        _instance.inventory = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("quantity", UNSET)
        _instance.quantity = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("unitCost", UNSET)
        _instance.unit_cost = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("totalAmount", UNSET)
        _instance.total_amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("employeePart", UNSET)
        _instance.employee_part = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("claimedBy", UNSET)
        _instance.claimed_by = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expenseClaim", UNSET)
        _instance.expense_claim = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("invoiceable", UNSET)
        _instance.invoiceable = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expenseAccount", UNSET)
        _instance.expense_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expenseSub", UNSET)
        _instance.expense_sub = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("salesAccount", UNSET)
        _instance.sales_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("salesSub", UNSET)
        _instance.sales_sub = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("taxCategory", UNSET)
        _instance.tax_category = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
