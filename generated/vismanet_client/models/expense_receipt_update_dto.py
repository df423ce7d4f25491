from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ExpenseReceiptUpdateDto")


@_attrs_define
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
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = DtoValueOfNullableOfDateTime.from_dict(_date)

        _currency = d.pop("currency", UNSET)
        currency: DtoValueOfString | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = DtoValueOfString.from_dict(_currency)

        _ref_nbr = d.pop("refNbr", UNSET)
        ref_nbr: DtoValueOfString | Unset
        if isinstance(_ref_nbr, Unset):
            ref_nbr = UNSET
        else:
            ref_nbr = DtoValueOfString.from_dict(_ref_nbr)

        _inventory = d.pop("inventory", UNSET)
        inventory: DtoValueOfString | Unset
        if isinstance(_inventory, Unset):
            inventory = UNSET
        else:
            inventory = DtoValueOfString.from_dict(_inventory)

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

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DtoValueOfNullableOfDecimal.from_dict(_quantity)

        _unit_cost = d.pop("unitCost", UNSET)
        unit_cost: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_unit_cost, Unset):
            unit_cost = UNSET
        else:
            unit_cost = DtoValueOfNullableOfDecimal.from_dict(_unit_cost)

        _total_amount = d.pop("totalAmount", UNSET)
        total_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = DtoValueOfNullableOfDecimal.from_dict(_total_amount)

        _employee_part = d.pop("employeePart", UNSET)
        employee_part: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_employee_part, Unset):
            employee_part = UNSET
        else:
            employee_part = DtoValueOfNullableOfDecimal.from_dict(_employee_part)

        _claimed_by = d.pop("claimedBy", UNSET)
        claimed_by: DtoValueOfString | Unset
        if isinstance(_claimed_by, Unset):
            claimed_by = UNSET
        else:
            claimed_by = DtoValueOfString.from_dict(_claimed_by)

        _branch = d.pop("branch", UNSET)
        branch: DtoValueOfString | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = DtoValueOfString.from_dict(_branch)

        _expense_claim = d.pop("expenseClaim", UNSET)
        expense_claim: DtoValueOfString | Unset
        if isinstance(_expense_claim, Unset):
            expense_claim = UNSET
        else:
            expense_claim = DtoValueOfString.from_dict(_expense_claim)

        _invoiceable = d.pop("invoiceable", UNSET)
        invoiceable: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_invoiceable, Unset):
            invoiceable = UNSET
        else:
            invoiceable = DtoValueOfNullableOfBoolean.from_dict(_invoiceable)

        _project = d.pop("project", UNSET)
        project: DtoValueOfString | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = DtoValueOfString.from_dict(_project)

        _project_task = d.pop("projectTask", UNSET)
        project_task: DtoValueOfString | Unset
        if isinstance(_project_task, Unset):
            project_task = UNSET
        else:
            project_task = DtoValueOfString.from_dict(_project_task)

        _customer = d.pop("customer", UNSET)
        customer: DtoValueOfString | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = DtoValueOfString.from_dict(_customer)

        _location = d.pop("location", UNSET)
        location: DtoValueOfString | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = DtoValueOfString.from_dict(_location)

        _expense_account = d.pop("expenseAccount", UNSET)
        expense_account: DtoValueOfString | Unset
        if isinstance(_expense_account, Unset):
            expense_account = UNSET
        else:
            expense_account = DtoValueOfString.from_dict(_expense_account)

        _expense_sub = d.pop("expenseSub", UNSET)
        expense_sub: DtoValueOfString | Unset
        if isinstance(_expense_sub, Unset):
            expense_sub = UNSET
        else:
            expense_sub = DtoValueOfString.from_dict(_expense_sub)

        _sales_account = d.pop("salesAccount", UNSET)
        sales_account: DtoValueOfString | Unset
        if isinstance(_sales_account, Unset):
            sales_account = UNSET
        else:
            sales_account = DtoValueOfString.from_dict(_sales_account)

        _sales_sub = d.pop("salesSub", UNSET)
        sales_sub: DtoValueOfString | Unset
        if isinstance(_sales_sub, Unset):
            sales_sub = UNSET
        else:
            sales_sub = DtoValueOfString.from_dict(_sales_sub)

        _tax_category = d.pop("taxCategory", UNSET)
        tax_category: DtoValueOfString | Unset
        if isinstance(_tax_category, Unset):
            tax_category = UNSET
        else:
            tax_category = DtoValueOfString.from_dict(_tax_category)

        expense_receipt_update_dto = cls(
            date=date,
            currency=currency,
            ref_nbr=ref_nbr,
            inventory=inventory,
            description=description,
            uom=uom,
            quantity=quantity,
            unit_cost=unit_cost,
            total_amount=total_amount,
            employee_part=employee_part,
            claimed_by=claimed_by,
            branch=branch,
            expense_claim=expense_claim,
            invoiceable=invoiceable,
            project=project,
            project_task=project_task,
            customer=customer,
            location=location,
            expense_account=expense_account,
            expense_sub=expense_sub,
            sales_account=sales_account,
            sales_sub=sales_sub,
            tax_category=tax_category,
        )

        expense_receipt_update_dto.additional_properties = d
        return expense_receipt_update_dto

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
