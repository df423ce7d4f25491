from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_claim_detail_update_dto_operation import (
    ExpenseClaimDetailUpdateDtoOperation,
    check_expense_claim_detail_update_dto_operation,
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


@_attrs_define
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
        from ..models.branch_in_expense_claim_detail_update_dto import BranchInExpenseClaimDetailUpdateDto
        from ..models.claim_detail_id_in_expense_claim_detail_update_dto import (
            ClaimDetailIdInExpenseClaimDetailUpdateDto,
        )
        from ..models.customer_in_expense_claim_detail_update_dto import CustomerInExpenseClaimDetailUpdateDto
        from ..models.date_in_expense_claim_detail_update_dto import DateInExpenseClaimDetailUpdateDto
        from ..models.description_in_expense_claim_detail_update_dto import DescriptionInExpenseClaimDetailUpdateDto
        from ..models.employee_part_in_expense_claim_detail_update_dto import EmployeePartInExpenseClaimDetailUpdateDto
        from ..models.expense_account_in_expense_claim_detail_update_dto import (
            ExpenseAccountInExpenseClaimDetailUpdateDto,
        )
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

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: ExpenseClaimDetailUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_expense_claim_detail_update_dto_operation(_operation)

        _claim_detail_id = d.pop("claimDetailId", UNSET)
        claim_detail_id: ClaimDetailIdInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_claim_detail_id, Unset):
            claim_detail_id = UNSET
        else:
            claim_detail_id = ClaimDetailIdInExpenseClaimDetailUpdateDto.from_dict(_claim_detail_id)

        _date = d.pop("date", UNSET)
        date: DateInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = DateInExpenseClaimDetailUpdateDto.from_dict(_date)

        _expense_item = d.pop("expenseItem", UNSET)
        expense_item: ExpenseItemInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_expense_item, Unset):
            expense_item = UNSET
        else:
            expense_item = ExpenseItemInExpenseClaimDetailUpdateDto.from_dict(_expense_item)

        _description = d.pop("description", UNSET)
        description: DescriptionInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DescriptionInExpenseClaimDetailUpdateDto.from_dict(_description)

        _quantity = d.pop("quantity", UNSET)
        quantity: QuantityInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = QuantityInExpenseClaimDetailUpdateDto.from_dict(_quantity)

        _uom = d.pop("uom", UNSET)
        uom: UomInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = UomInExpenseClaimDetailUpdateDto.from_dict(_uom)

        _unit_cost = d.pop("unitCost", UNSET)
        unit_cost: UnitCostInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_unit_cost, Unset):
            unit_cost = UNSET
        else:
            unit_cost = UnitCostInExpenseClaimDetailUpdateDto.from_dict(_unit_cost)

        _invoiceable = d.pop("invoiceable", UNSET)
        invoiceable: InvoiceableInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_invoiceable, Unset):
            invoiceable = UNSET
        else:
            invoiceable = InvoiceableInExpenseClaimDetailUpdateDto.from_dict(_invoiceable)

        _project = d.pop("project", UNSET)
        project: ProjectInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ProjectInExpenseClaimDetailUpdateDto.from_dict(_project)

        _project_task = d.pop("projectTask", UNSET)
        project_task: ProjectTaskInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_project_task, Unset):
            project_task = UNSET
        else:
            project_task = ProjectTaskInExpenseClaimDetailUpdateDto.from_dict(_project_task)

        _expense_account = d.pop("expenseAccount", UNSET)
        expense_account: ExpenseAccountInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_expense_account, Unset):
            expense_account = UNSET
        else:
            expense_account = ExpenseAccountInExpenseClaimDetailUpdateDto.from_dict(_expense_account)

        _expense_subaccount = d.pop("expenseSubaccount", UNSET)
        expense_subaccount: list[SegmentUpdateDto] | Unset = UNSET
        if _expense_subaccount is not UNSET:
            expense_subaccount = []
            for expense_subaccount_item_data in _expense_subaccount:
                expense_subaccount_item = SegmentUpdateDto.from_dict(expense_subaccount_item_data)

                expense_subaccount.append(expense_subaccount_item)

        _branch = d.pop("branch", UNSET)
        branch: BranchInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = BranchInExpenseClaimDetailUpdateDto.from_dict(_branch)

        _tax_category = d.pop("taxCategory", UNSET)
        tax_category: TaxCategoryInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_tax_category, Unset):
            tax_category = UNSET
        else:
            tax_category = TaxCategoryInExpenseClaimDetailUpdateDto.from_dict(_tax_category)

        _ref_nbr = d.pop("refNbr", UNSET)
        ref_nbr: RefNbrInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_ref_nbr, Unset):
            ref_nbr = UNSET
        else:
            ref_nbr = RefNbrInExpenseClaimDetailUpdateDto.from_dict(_ref_nbr)

        _employee_part = d.pop("employeePart", UNSET)
        employee_part: EmployeePartInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_employee_part, Unset):
            employee_part = UNSET
        else:
            employee_part = EmployeePartInExpenseClaimDetailUpdateDto.from_dict(_employee_part)

        _customer = d.pop("customer", UNSET)
        customer: CustomerInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerInExpenseClaimDetailUpdateDto.from_dict(_customer)

        _location = d.pop("location", UNSET)
        location: LocationInExpenseClaimDetailUpdateDto | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationInExpenseClaimDetailUpdateDto.from_dict(_location)

        expense_claim_detail_update_dto = cls(
            operation=operation,
            claim_detail_id=claim_detail_id,
            date=date,
            expense_item=expense_item,
            description=description,
            quantity=quantity,
            uom=uom,
            unit_cost=unit_cost,
            invoiceable=invoiceable,
            project=project,
            project_task=project_task,
            expense_account=expense_account,
            expense_subaccount=expense_subaccount,
            branch=branch,
            tax_category=tax_category,
            ref_nbr=ref_nbr,
            employee_part=employee_part,
            customer=customer,
            location=location,
        )

        expense_claim_detail_update_dto.additional_properties = d
        return expense_claim_detail_update_dto

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
