from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.expense_claim_detail_dto_approval_status import (
    ExpenseClaimDetailDtoApprovalStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_in_expense_claim_detail_dto import BranchInExpenseClaimDetailDto
    from ..models.customer_in_expense_claim_detail_dto import CustomerInExpenseClaimDetailDto
    from ..models.expense_account_in_expense_claim_detail_dto import ExpenseAccountInExpenseClaimDetailDto
    from ..models.expense_item_in_expense_claim_detail_dto import ExpenseItemInExpenseClaimDetailDto
    from ..models.expense_subaccount_in_expense_claim_detail_dto import ExpenseSubaccountInExpenseClaimDetailDto
    from ..models.location_in_expense_claim_detail_dto import LocationInExpenseClaimDetailDto
    from ..models.project_in_expense_claim_detail_dto import ProjectInExpenseClaimDetailDto
    from ..models.project_task_in_expense_claim_detail_dto import ProjectTaskInExpenseClaimDetailDto
    from ..models.sales_account_in_expense_claim_detail_dto import SalesAccountInExpenseClaimDetailDto
    from ..models.sales_subaccount_in_expense_claim_detail_dto import SalesSubaccountInExpenseClaimDetailDto
    from ..models.tax_category_in_expense_claim_detail_dto import TaxCategoryInExpenseClaimDetailDto


T = TypeVar("T", bound="ExpenseClaimDetailDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "claim_detail_id",
    "line_id",
    "date",
    "expense_item",
    "description",
    "quantity",
    "uom",
    "unit_cost",
    "currency",
    "total_amount",
    "invoiceable",
    "claim_amount",
    "amount_in_claim_curr",
    "project",
    "project_task",
    "expense_account",
    "expense_subaccount",
    "branch",
    "tax_category",
    "ref_nbr",
    "sales_account",
    "sales_subaccount",
    "employee_part",
    "customer",
    "location",
    "ar_reference_nbr",
    "approval_status",
    "approval_status_text",
    "approver",
    "attachments",
)


@_attrs_define(repr=False)
class ExpenseClaimDetailDto:
    """
    Attributes:
        claim_detail_id (int | Unset): Identifies the expense claim detail id, necessary when updating detail
            information
        line_id (UUID | Unset): The expense claim line id Example: 00000000-0000-0000-0000-000000000000.
        date (datetime.datetime | Unset): Mandatory field: Date &gt; The date when the expense was incurred.
        expense_item (ExpenseItemInExpenseClaimDetailDto | Unset): Mandatory field: Expense item* &gt; The expense
            identifier, if an expense of this type is listed as an inventory nonstock item.
        description (str | Unset): Mandatory field: Description* &gt; A description of the transaction.
        quantity (float | Unset): Quantity &gt; The quantity of this expense item.
        uom (str | Unset): Mandatory field: UoM &gt; The unit of measure in which the quantity is shown.
        unit_cost (float | Unset): Unit cost &gt; The cost of a unit of the item.
        currency (str | Unset): Currency &gt; The currency of the expense receipt. However, if you enter a claim line
            directly, the currency value is read-only and matching the claim currency.
        total_amount (float | Unset): Amount &gt; The total amount paid for the expense item in the specified quantity.
        invoiceable (bool | Unset): Invoicable &gt; A check box that, if selected, indicates that the claim amount is
            invoiceable to the customer (the total amount minus the employee's part).
        claim_amount (float | Unset): Claim amount &gt; The amount claimed by the employee, which is calculated as the
            total claim amount minus the employee part.
        amount_in_claim_curr (float | Unset): Amount in claim currency &gt; The amount claimed by the employee, which is
            expressed in the currency of the expense claim.
        project (ProjectInExpenseClaimDetailDto | Unset): Mandatory field: Project &gt; The project or customer contract
            associated with the expense claim, if the work performed was for a project or contract. Project Task The task
            associated with the contract or project.
        project_task (ProjectTaskInExpenseClaimDetailDto | Unset): Project task &gt; The task associated with the
            contract or project.
        expense_account (ExpenseAccountInExpenseClaimDetailDto | Unset): Mandatory field: Expense account &gt; The
            expense account to which the system should record the part of the expense to be paid back to the employee.
        expense_subaccount (ExpenseSubaccountInExpenseClaimDetailDto | Unset): MAndatory field: Expense sub. &gt; The
            corresponding subaccount the system uses to record the part of the expense to be paid back to the employee.
        branch (BranchInExpenseClaimDetailDto | Unset): Mandatory field: Branch &gt; The branch that will reimburse the
            expenses to the employee.
        tax_category (TaxCategoryInExpenseClaimDetailDto | Unset): VAT category &gt; The VAT category associated with
            the expense item.
        ref_nbr (str | Unset): Ref. no. &gt; The identifier of the transaction.
        sales_account (SalesAccountInExpenseClaimDetailDto | Unset): Sales account &gt; The sales account to which the
            system should record the part of the amount to charge the customer for. This is applicable only when a customer
            has been specified.
        sales_subaccount (SalesSubaccountInExpenseClaimDetailDto | Unset): Sales sub. &gt; The corresponding subaccount
            the system uses to record the amount to charge the customer for. This is applicable only when a customer has
            been specified.
        employee_part (float | Unset): Employee part &gt; The part of the total amount that will not be paid back to the
            employee. The percentage depends on the company policy.
        customer (CustomerInExpenseClaimDetailDto | Unset): Customer &gt; The identifier of the customer associated with
            the expense.
        location (LocationInExpenseClaimDetailDto | Unset): Location &gt; The identifier of the customer location
            associated with the expense.
        ar_reference_nbr (str | Unset): REef.no. customer &gt; The reference number of the customer ledger document.
        approval_status (ExpenseClaimDetailDtoApprovalStatus | Unset): Approval status &gt; The approval status, which
            indicates whether the detail row requires approval and, if it does, what the current state of approval is.
        approval_status_text (str | Unset): Last approval comment &gt; The approval status text suitable for display
        approver (str | Unset): Pending approver &gt; The identifier of the person authorized to approve the activity,
            if approval is required. This is either the approver of the project task or, if no approver is assigned to the
            project task, the project manager.
        attachments (list[AttachmentDto] | Unset): Expense claim detail line attachtments
    """

    claim_detail_id: int | Unset = UNSET
    line_id: UUID | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    expense_item: ExpenseItemInExpenseClaimDetailDto | Unset = UNSET
    description: str | Unset = UNSET
    quantity: float | Unset = UNSET
    uom: str | Unset = UNSET
    unit_cost: float | Unset = UNSET
    currency: str | Unset = UNSET
    total_amount: float | Unset = UNSET
    invoiceable: bool | Unset = UNSET
    claim_amount: float | Unset = UNSET
    amount_in_claim_curr: float | Unset = UNSET
    project: ProjectInExpenseClaimDetailDto | Unset = UNSET
    project_task: ProjectTaskInExpenseClaimDetailDto | Unset = UNSET
    expense_account: ExpenseAccountInExpenseClaimDetailDto | Unset = UNSET
    expense_subaccount: ExpenseSubaccountInExpenseClaimDetailDto | Unset = UNSET
    branch: BranchInExpenseClaimDetailDto | Unset = UNSET
    tax_category: TaxCategoryInExpenseClaimDetailDto | Unset = UNSET
    ref_nbr: str | Unset = UNSET
    sales_account: SalesAccountInExpenseClaimDetailDto | Unset = UNSET
    sales_subaccount: SalesSubaccountInExpenseClaimDetailDto | Unset = UNSET
    employee_part: float | Unset = UNSET
    customer: CustomerInExpenseClaimDetailDto | Unset = UNSET
    location: LocationInExpenseClaimDetailDto | Unset = UNSET
    ar_reference_nbr: str | Unset = UNSET
    approval_status: ExpenseClaimDetailDtoApprovalStatus | Unset = UNSET
    approval_status_text: str | Unset = UNSET
    approver: str | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claim_detail_id = self.claim_detail_id

        line_id: str | Unset = UNSET
        if not isinstance(self.line_id, Unset):
            line_id = str(self.line_id)

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        expense_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_item, Unset):
            expense_item = self.expense_item.to_dict()

        description = self.description

        quantity = self.quantity

        uom = self.uom

        unit_cost = self.unit_cost

        currency = self.currency

        total_amount = self.total_amount

        invoiceable = self.invoiceable

        claim_amount = self.claim_amount

        amount_in_claim_curr = self.amount_in_claim_curr

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        expense_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_account, Unset):
            expense_account = self.expense_account.to_dict()

        expense_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_subaccount, Unset):
            expense_subaccount = self.expense_subaccount.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        ref_nbr = self.ref_nbr

        sales_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_account, Unset):
            sales_account = self.sales_account.to_dict()

        sales_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_subaccount, Unset):
            sales_subaccount = self.sales_subaccount.to_dict()

        employee_part = self.employee_part

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        ar_reference_nbr = self.ar_reference_nbr

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status

        approval_status_text = self.approval_status_text

        approver = self.approver

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if claim_detail_id is not UNSET:
            field_dict["claimDetailId"] = claim_detail_id
        if line_id is not UNSET:
            field_dict["lineId"] = line_id
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
        if currency is not UNSET:
            field_dict["currency"] = currency
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if invoiceable is not UNSET:
            field_dict["invoiceable"] = invoiceable
        if claim_amount is not UNSET:
            field_dict["claimAmount"] = claim_amount
        if amount_in_claim_curr is not UNSET:
            field_dict["amountInClaimCurr"] = amount_in_claim_curr
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
        if sales_account is not UNSET:
            field_dict["salesAccount"] = sales_account
        if sales_subaccount is not UNSET:
            field_dict["salesSubaccount"] = sales_subaccount
        if employee_part is not UNSET:
            field_dict["employeePart"] = employee_part
        if customer is not UNSET:
            field_dict["customer"] = customer
        if location is not UNSET:
            field_dict["location"] = location
        if ar_reference_nbr is not UNSET:
            field_dict["arReferenceNbr"] = ar_reference_nbr
        if approval_status is not UNSET:
            field_dict["approvalStatus"] = approval_status
        if approval_status_text is not UNSET:
            field_dict["approvalStatusText"] = approval_status_text
        if approver is not UNSET:
            field_dict["approver"] = approver
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.claim_detail_id = _rest.pop("claimDetailId", UNSET)
        _value = _rest.pop("lineId", UNSET)
        _instance.line_id = UNSET if _value is UNSET else UUID(_value)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("expenseItem", UNSET)
        _instance.expense_item = (
            UNSET if _value is UNSET else _models.ExpenseItemInExpenseClaimDetailDto.from_dict(_value)
        )
        _instance.description = _rest.pop("description", UNSET)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.unit_cost = _rest.pop("unitCost", UNSET)
        _instance.currency = _rest.pop("currency", UNSET)
        _instance.total_amount = _rest.pop("totalAmount", UNSET)
        _instance.invoiceable = _rest.pop("invoiceable", UNSET)
        _instance.claim_amount = _rest.pop("claimAmount", UNSET)
        _instance.amount_in_claim_curr = _rest.pop("amountInClaimCurr", UNSET)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInExpenseClaimDetailDto.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = (
            UNSET if _value is UNSET else _models.ProjectTaskInExpenseClaimDetailDto.from_dict(_value)
        )
        _value = _rest.pop("expenseAccount", UNSET)
        _instance.expense_account = (
            UNSET if _value is UNSET else _models.ExpenseAccountInExpenseClaimDetailDto.from_dict(_value)
        )
        _value = _rest.pop("expenseSubaccount", UNSET)
        _instance.expense_subaccount = (
            UNSET if _value is UNSET else _models.ExpenseSubaccountInExpenseClaimDetailDto.from_dict(_value)
        )
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInExpenseClaimDetailDto.from_dict(_value)
        _value = _rest.pop("taxCategory", UNSET)
        _instance.tax_category = (
            UNSET if _value is UNSET else _models.TaxCategoryInExpenseClaimDetailDto.from_dict(_value)
        )
        _instance.ref_nbr = _rest.pop("refNbr", UNSET)
        _value = _rest.pop("salesAccount", UNSET)
        _instance.sales_account = (
            UNSET if _value is UNSET else _models.SalesAccountInExpenseClaimDetailDto.from_dict(_value)
        )
        _value = _rest.pop("salesSubaccount", UNSET)
        _instance.sales_subaccount = (
            UNSET if _value is UNSET else _models.SalesSubaccountInExpenseClaimDetailDto.from_dict(_value)
        )
        _instance.employee_part = _rest.pop("employeePart", UNSET)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInExpenseClaimDetailDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInExpenseClaimDetailDto.from_dict(_value)
        _instance.ar_reference_nbr = _rest.pop("arReferenceNbr", UNSET)
        _instance.approval_status = _rest.pop("approvalStatus", UNSET)
        _instance.approval_status_text = _rest.pop("approvalStatusText", UNSET)
        _instance.approver = _rest.pop("approver", UNSET)
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
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
