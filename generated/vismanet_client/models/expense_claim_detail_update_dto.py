from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.expense_claim_detail_update_dto_operation import (
    ExpenseClaimDetailUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_in_expense_claim_detail_update_dto import BranchInExpenseClaimDetailUpdateDto
    from ..models.claim_detail_id_in_expense_claim_detail_update_dto import ClaimDetailIdInExpenseClaimDetailUpdateDto
    from ..models.customer_in_expense_claim_detail_update_dto import CustomerInExpenseClaimDetailUpdateDto
    from ..models.date_in_expense_claim_detail_update_dto import DateInExpenseClaimDetailUpdateDto
    from ..models.description_in_expense_claim_detail_update_dto import DescriptionInExpenseClaimDetailUpdateDto
    from ..models.employee_part_in_expense_claim_detail_update_dto import EmployeePartInExpenseClaimDetailUpdateDto
    from ..models.expense_account_in_expense_claim_detail_update_dto import ExpenseAccountInExpenseClaimDetailUpdateDto
    from ..models.expense_item_in_expense_claim_detail_update_dto import ExpenseItemInExpenseClaimDetailUpdateDto
    from ..models.invoiceable_in_expense_claim_detail_update_dto import InvoiceableInExpenseClaimDetailUpdateDto
    from ..models.location_in_expense_claim_detail_update_dto import LocationInExpenseClaimDetailUpdateDto
    from ..models.project_in_expense_claim_detail_update_dto import ProjectInExpenseClaimDetailUpdateDto
    from ..models.project_task_in_expense_claim_detail_update_dto import ProjectTaskInExpenseClaimDetailUpdateDto
    from ..models.quantity_in_expense_claim_detail_update_dto import QuantityInExpenseClaimDetailUpdateDto
    from ..models.ref_nbr_in_expense_claim_detail_update_dto import RefNbrInExpenseClaimDetailUpdateDto
    from ..models.segment_update_dto import SegmentUpdateDto
    from ..models.tax_category_in_expense_claim_detail_update_dto import TaxCategoryInExpenseClaimDetailUpdateDto
    from ..models.unit_cost_in_expense_claim_detail_update_dto import UnitCostInExpenseClaimDetailUpdateDto
    from ..models.uom_in_expense_claim_detail_update_dto import UomInExpenseClaimDetailUpdateDto


T = TypeVar("T", bound="ExpenseClaimDetailUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "claim_detail_id",
    "date",
    "expense_item",
    "description",
    "quantity",
    "uom",
    "unit_cost",
    "invoiceable",
    "project",
    "project_task",
    "expense_account",
    "expense_subaccount",
    "branch",
    "tax_category",
    "ref_nbr",
    "employee_part",
    "customer",
    "location",
)


@_attrs_define(repr=False)
class ExpenseClaimDetailUpdateDto:
    """
    Attributes:
        operation (ExpenseClaimDetailUpdateDtoOperation | Unset):
        claim_detail_id (ClaimDetailIdInExpenseClaimDetailUpdateDto | Unset): Identifies the expense claim detail line
            to update
        date (DateInExpenseClaimDetailUpdateDto | Unset): The date when the expense was incurred.
        expense_item (ExpenseItemInExpenseClaimDetailUpdateDto | Unset): The expense identifier, if an expense of this
            type is listed as an inventory nonstock item.
        description (DescriptionInExpenseClaimDetailUpdateDto | Unset): A description of the transaction.
        quantity (QuantityInExpenseClaimDetailUpdateDto | Unset): The quantity of this expense item.
        uom (UomInExpenseClaimDetailUpdateDto | Unset): The unit of measure in which the quantity is shown.
        unit_cost (UnitCostInExpenseClaimDetailUpdateDto | Unset): The cost of a unit of the item.
        invoiceable (InvoiceableInExpenseClaimDetailUpdateDto | Unset): The currency of the expense receipt. However, if
            you enter a claim line directly, the currency value is read-only and matching the claim currency.
        project (ProjectInExpenseClaimDetailUpdateDto | Unset): The project or customer contract associated with the
            expense claim, if the work performed was for a project or contract. Project Task The task associated with the
            contract or project.
        project_task (ProjectTaskInExpenseClaimDetailUpdateDto | Unset): The task associated with the contract or
            project.
        expense_account (ExpenseAccountInExpenseClaimDetailUpdateDto | Unset): The expense account to which the system
            should record the part of the expense to be paid back to the employee.
        expense_subaccount (list[SegmentUpdateDto] | Unset): The corresponding subaccount the system uses to record the
            part of the expense to be paid back to the employee.
        branch (BranchInExpenseClaimDetailUpdateDto | Unset): The branch that will reimburse the expenses to the
            employee.
        tax_category (TaxCategoryInExpenseClaimDetailUpdateDto | Unset): The tax category associated with the expense
            item.
        ref_nbr (RefNbrInExpenseClaimDetailUpdateDto | Unset): The identifier of the transaction.
        employee_part (EmployeePartInExpenseClaimDetailUpdateDto | Unset): The part of the total amount that will not be
            paid back to the employee. The percentage depends on the company policy.
        customer (CustomerInExpenseClaimDetailUpdateDto | Unset): The identifier of the customer associated with the
            expense.
        location (LocationInExpenseClaimDetailUpdateDto | Unset): The identifier of the customer location associated
            with the expense.
    """

    operation: ExpenseClaimDetailUpdateDtoOperation | Unset = UNSET
    claim_detail_id: ClaimDetailIdInExpenseClaimDetailUpdateDto | Unset = UNSET
    date: DateInExpenseClaimDetailUpdateDto | Unset = UNSET
    expense_item: ExpenseItemInExpenseClaimDetailUpdateDto | Unset = UNSET
    description: DescriptionInExpenseClaimDetailUpdateDto | Unset = UNSET
    quantity: QuantityInExpenseClaimDetailUpdateDto | Unset = UNSET
    uom: UomInExpenseClaimDetailUpdateDto | Unset = UNSET
    unit_cost: UnitCostInExpenseClaimDetailUpdateDto | Unset = UNSET
    invoiceable: InvoiceableInExpenseClaimDetailUpdateDto | Unset = UNSET
    project: ProjectInExpenseClaimDetailUpdateDto | Unset = UNSET
    project_task: ProjectTaskInExpenseClaimDetailUpdateDto | Unset = UNSET
    expense_account: ExpenseAccountInExpenseClaimDetailUpdateDto | Unset = UNSET
    expense_subaccount: list[SegmentUpdateDto] | Unset = UNSET
    branch: BranchInExpenseClaimDetailUpdateDto | Unset = UNSET
    tax_category: TaxCategoryInExpenseClaimDetailUpdateDto | Unset = UNSET
    ref_nbr: RefNbrInExpenseClaimDetailUpdateDto | Unset = UNSET
    employee_part: EmployeePartInExpenseClaimDetailUpdateDto | Unset = UNSET
    customer: CustomerInExpenseClaimDetailUpdateDto | Unset = UNSET
    location: LocationInExpenseClaimDetailUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        claim_detail_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.claim_detail_id, Unset):
            claim_detail_id = self.claim_detail_id.to_dict()

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        expense_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_item, Unset):
            expense_item = self.expense_item.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        unit_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_cost, Unset):
            unit_cost = self.unit_cost.to_dict()

        invoiceable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoiceable, Unset):
            invoiceable = self.invoiceable.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        expense_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_account, Unset):
            expense_account = self.expense_account.to_dict()

        expense_subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expense_subaccount, Unset):
            expense_subaccount = []
            for expense_subaccount_item_data in self.expense_subaccount:
                expense_subaccount_item = expense_subaccount_item_data.to_dict()
                expense_subaccount.append(expense_subaccount_item)

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        ref_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ref_nbr, Unset):
            ref_nbr = self.ref_nbr.to_dict()

        employee_part: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_part, Unset):
            employee_part = self.employee_part.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if claim_detail_id is not UNSET:
            field_dict["claimDetailId"] = claim_detail_id
        if date is not UNSET:
            field_dict["date"] = date
        if expense_item is not UNSET:
            field_dict["expenseItem"] = expense_item
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if uom is not UNSET:
            field_dict["uom"] = uom
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if invoiceable is not UNSET:
            field_dict["invoiceable"] = invoiceable
        if project is not UNSET:
            field_dict["project"] = project
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
        if expense_account is not UNSET:
            field_dict["expenseAccount"] = expense_account
        if expense_subaccount is not UNSET:
            field_dict["expenseSubaccount"] = expense_subaccount
        if branch is not UNSET:
            field_dict["branch"] = branch
        if tax_category is not UNSET:
            field_dict["taxCategory"] = tax_category
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if employee_part is not UNSET:
            field_dict["employeePart"] = employee_part
        if customer is not UNSET:
            field_dict["customer"] = customer
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("claimDetailId", UNSET)
        _instance.claim_detail_id = (
            UNSET if _value is UNSET else _models.ClaimDetailIdInExpenseClaimDetailUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else _models.DateInExpenseClaimDetailUpdateDto.from_dict(_value)
        _value = _rest.pop("expenseItem", UNSET)
        _instance.expense_item = (
            UNSET if _value is UNSET else _models.ExpenseItemInExpenseClaimDetailUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("description", UNSET)
        _instance.description = (
            UNSET if _value is UNSET else _models.DescriptionInExpenseClaimDetailUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("quantity", UNSET)
        _instance.quantity = (
            UNSET if _value is UNSET else _models.QuantityInExpenseClaimDetailUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.UomInExpenseClaimDetailUpdateDto.from_dict(_value)
        _value = _rest.pop("unitCost", UNSET)
        _instance.unit_cost = (
            UNSET if _value is UNSET else _models.UnitCostInExpenseClaimDetailUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("invoiceable", UNSET)
        _instance.invoiceable = (
            UNSET if _value is UNSET else _models.InvoiceableInExpenseClaimDetailUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInExpenseClaimDetailUpdateDto.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = (
            UNSET if _value is UNSET else _models.ProjectTaskInExpenseClaimDetailUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("expenseAccount", UNSET)
        _instance.expense_account = (
            UNSET if _value is UNSET else _models.ExpenseAccountInExpenseClaimDetailUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("expenseSubaccount", UNSET)
        _instance.expense_subaccount = (
            UNSET
            if _value is UNSET
            else [
                _models.SegmentUpdateDto.from_dict(expense_subaccount_item_data)
                for expense_subaccount_item_data in _value
            ]
        )
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInExpenseClaimDetailUpdateDto.from_dict(_value)
        _value = _rest.pop("taxCategory", UNSET)
        _instance.tax_category = (
            UNSET if _value is UNSET else _models.TaxCategoryInExpenseClaimDetailUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("refNbr", UNSET)
        _instance.ref_nbr = UNSET if _value is UNSET else _models.RefNbrInExpenseClaimDetailUpdateDto.from_dict(_value)
        _value = _rest.pop("employeePart", UNSET)
        _instance.employee_part = (
            UNSET if _value is UNSET else _models.EmployeePartInExpenseClaimDetailUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customer", UNSET)
        _instance.customer = (
            UNSET if _value is UNSET else _models.CustomerInExpenseClaimDetailUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("location", UNSET)
        _instance.location = (
            UNSET if _value is UNSET else _models.LocationInExpenseClaimDetailUpdateDto.from_dict(_value)
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
