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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import parse_uuid as _parse_uuid
from ..types import set_source as _set_source

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
class ExpenseClaimDetailDto(GeneratedModel):
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

    claim_detail_id: int | Unset | None = UNSET
    line_id: UUID | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    expense_item: ExpenseItemInExpenseClaimDetailDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    unit_cost: float | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    total_amount: float | Unset | None = UNSET
    invoiceable: bool | Unset | None = UNSET
    claim_amount: float | Unset | None = UNSET
    amount_in_claim_curr: float | Unset | None = UNSET
    project: ProjectInExpenseClaimDetailDto | Unset | None = UNSET
    project_task: ProjectTaskInExpenseClaimDetailDto | Unset | None = UNSET
    expense_account: ExpenseAccountInExpenseClaimDetailDto | Unset | None = UNSET
    expense_subaccount: ExpenseSubaccountInExpenseClaimDetailDto | Unset | None = UNSET
    branch: BranchInExpenseClaimDetailDto | Unset | None = UNSET
    tax_category: TaxCategoryInExpenseClaimDetailDto | Unset | None = UNSET
    ref_nbr: str | Unset | None = UNSET
    sales_account: SalesAccountInExpenseClaimDetailDto | Unset | None = UNSET
    sales_subaccount: SalesSubaccountInExpenseClaimDetailDto | Unset | None = UNSET
    employee_part: float | Unset | None = UNSET
    customer: CustomerInExpenseClaimDetailDto | Unset | None = UNSET
    location: LocationInExpenseClaimDetailDto | Unset | None = UNSET
    ar_reference_nbr: str | Unset | None = UNSET
    approval_status: ExpenseClaimDetailDtoApprovalStatus | Unset | None = UNSET
    approval_status_text: str | Unset | None = UNSET
    approver: str | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.claim_detail_id
        if _value is not UNSET:
            field_dict["claimDetailId"] = _value
        _value = self.line_id
        if _value is not UNSET:
            field_dict["lineId"] = str(_value) if isinstance(_value, UUID) else _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.expense_item
        if _value is not UNSET:
            field_dict["expenseItem"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.total_amount
        if _value is not UNSET:
            field_dict["totalAmount"] = _value
        _value = self.invoiceable
        if _value is not UNSET:
            field_dict["invoiceable"] = _value
        _value = self.claim_amount
        if _value is not UNSET:
            field_dict["claimAmount"] = _value
        _value = self.amount_in_claim_curr
        if _value is not UNSET:
            field_dict["amountInClaimCurr"] = _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_account
        if _value is not UNSET:
            field_dict["expenseAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_subaccount
        if _value is not UNSET:
            field_dict["expenseSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_category
        if _value is not UNSET:
            field_dict["taxCategory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ref_nbr
        if _value is not UNSET:
            field_dict["refNbr"] = _value
        _value = self.sales_account
        if _value is not UNSET:
            field_dict["salesAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_subaccount
        if _value is not UNSET:
            field_dict["salesSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.employee_part
        if _value is not UNSET:
            field_dict["employeePart"] = _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ar_reference_nbr
        if _value is not UNSET:
            field_dict["arReferenceNbr"] = _value
        _value = self.approval_status
        if _value is not UNSET:
            field_dict["approvalStatus"] = _value
        _value = self.approval_status_text
        if _value is not UNSET:
            field_dict["approvalStatusText"] = _value
        _value = self.approver
        if _value is not UNSET:
            field_dict["approver"] = _value
        _value = self.attachments
        if _value is not UNSET:
            field_dict["attachments"] = (
                [
                    attachments_item_data.to_dict()
                    if isinstance(attachments_item_data, GeneratedModel)
                    else attachments_item_data
                    for attachments_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ExpenseClaimDetailDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.claim_detail_id = _rest.pop("claimDetailId", UNSET)
        _value = _rest.pop("lineId", UNSET)
        self.line_id = _parse_uuid(_value)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        _value = _rest.pop("expenseItem", UNSET)
        self.expense_item = (
            _models.ExpenseItemInExpenseClaimDetailDto._vn_fill(
                _new(_models.ExpenseItemInExpenseClaimDetailDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.description = _rest.pop("description", UNSET)
        self.quantity = _rest.pop("quantity", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        self.unit_cost = _rest.pop("unitCost", UNSET)
        self.currency = _rest.pop("currency", UNSET)
        self.total_amount = _rest.pop("totalAmount", UNSET)
        self.invoiceable = _rest.pop("invoiceable", UNSET)
        self.claim_amount = _rest.pop("claimAmount", UNSET)
        self.amount_in_claim_curr = _rest.pop("amountInClaimCurr", UNSET)
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInExpenseClaimDetailDto._vn_fill(_new(_models.ProjectInExpenseClaimDetailDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInExpenseClaimDetailDto._vn_fill(
                _new(_models.ProjectTaskInExpenseClaimDetailDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseAccount", UNSET)
        self.expense_account = (
            _models.ExpenseAccountInExpenseClaimDetailDto._vn_fill(
                _new(_models.ExpenseAccountInExpenseClaimDetailDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseSubaccount", UNSET)
        self.expense_subaccount = (
            _models.ExpenseSubaccountInExpenseClaimDetailDto._vn_fill(
                _new(_models.ExpenseSubaccountInExpenseClaimDetailDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInExpenseClaimDetailDto._vn_fill(_new(_models.BranchInExpenseClaimDetailDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxCategory", UNSET)
        self.tax_category = (
            _models.TaxCategoryInExpenseClaimDetailDto._vn_fill(
                _new(_models.TaxCategoryInExpenseClaimDetailDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.ref_nbr = _rest.pop("refNbr", UNSET)
        _value = _rest.pop("salesAccount", UNSET)
        self.sales_account = (
            _models.SalesAccountInExpenseClaimDetailDto._vn_fill(
                _new(_models.SalesAccountInExpenseClaimDetailDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesSubaccount", UNSET)
        self.sales_subaccount = (
            _models.SalesSubaccountInExpenseClaimDetailDto._vn_fill(
                _new(_models.SalesSubaccountInExpenseClaimDetailDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.employee_part = _rest.pop("employeePart", UNSET)
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInExpenseClaimDetailDto._vn_fill(_new(_models.CustomerInExpenseClaimDetailDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInExpenseClaimDetailDto._vn_fill(_new(_models.LocationInExpenseClaimDetailDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.ar_reference_nbr = _rest.pop("arReferenceNbr", UNSET)
        self.approval_status = _rest.pop("approvalStatus", UNSET)
        self.approval_status_text = _rest.pop("approvalStatusText", UNSET)
        self.approver = _rest.pop("approver", UNSET)
        _value = _rest.pop("attachments", UNSET)
        self.attachments = (
            [
                _models.AttachmentDto._vn_fill(_new(_models.AttachmentDto), attachments_item_data)
                if isinstance(attachments_item_data, dict)
                else attachments_item_data
                for attachments_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("claim_detail_id", "claimDetailId", False, "int"),
        ("line_id", "lineId", False, "uuid"),
        ("date", "date", False, "datetime"),
        ("expense_item", "expenseItem", False, ("model", "ExpenseItemInExpenseClaimDetailDto")),
        ("description", "description", False, "str"),
        ("quantity", "quantity", False, "float"),
        ("uom", "uom", False, "str"),
        ("unit_cost", "unitCost", False, "float"),
        ("currency", "currency", False, "str"),
        ("total_amount", "totalAmount", False, "float"),
        ("invoiceable", "invoiceable", False, "bool"),
        ("claim_amount", "claimAmount", False, "float"),
        ("amount_in_claim_curr", "amountInClaimCurr", False, "float"),
        ("project", "project", False, ("model", "ProjectInExpenseClaimDetailDto")),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInExpenseClaimDetailDto")),
        ("expense_account", "expenseAccount", False, ("model", "ExpenseAccountInExpenseClaimDetailDto")),
        ("expense_subaccount", "expenseSubaccount", False, ("model", "ExpenseSubaccountInExpenseClaimDetailDto")),
        ("branch", "branch", False, ("model", "BranchInExpenseClaimDetailDto")),
        ("tax_category", "taxCategory", False, ("model", "TaxCategoryInExpenseClaimDetailDto")),
        ("ref_nbr", "refNbr", False, "str"),
        ("sales_account", "salesAccount", False, ("model", "SalesAccountInExpenseClaimDetailDto")),
        ("sales_subaccount", "salesSubaccount", False, ("model", "SalesSubaccountInExpenseClaimDetailDto")),
        ("employee_part", "employeePart", False, "float"),
        ("customer", "customer", False, ("model", "CustomerInExpenseClaimDetailDto")),
        ("location", "location", False, ("model", "LocationInExpenseClaimDetailDto")),
        ("ar_reference_nbr", "arReferenceNbr", False, "str"),
        ("approval_status", "approvalStatus", False, "str"),
        ("approval_status_text", "approvalStatusText", False, "str"),
        ("approver", "approver", False, "str"),
        ("attachments", "attachments", False, ("list", ("model", "AttachmentDto"))),
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


_Lazy = _lazy_twin(ExpenseClaimDetailDto)
