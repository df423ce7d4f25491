from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.expense_receipt_dto_status import ExpenseReceiptDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_in_expense_receipt_dto import BranchInExpenseReceiptDto
    from ..models.claimed_by_in_expense_receipt_dto import ClaimedByInExpenseReceiptDto
    from ..models.currency_in_expense_receipt_dto import CurrencyInExpenseReceiptDto
    from ..models.customer_in_expense_receipt_dto import CustomerInExpenseReceiptDto
    from ..models.expense_account_in_expense_receipt_dto import ExpenseAccountInExpenseReceiptDto
    from ..models.expense_claim_in_expense_receipt_dto import ExpenseClaimInExpenseReceiptDto
    from ..models.expense_sub_in_expense_receipt_dto import ExpenseSubInExpenseReceiptDto
    from ..models.image_in_expense_receipt_dto import ImageInExpenseReceiptDto
    from ..models.inventory_number_description_dto import InventoryNumberDescriptionDto
    from ..models.location_in_expense_receipt_dto import LocationInExpenseReceiptDto
    from ..models.project_in_expense_receipt_dto import ProjectInExpenseReceiptDto
    from ..models.project_task_in_expense_receipt_dto import ProjectTaskInExpenseReceiptDto
    from ..models.sales_account_in_expense_receipt_dto import SalesAccountInExpenseReceiptDto
    from ..models.sales_sub_in_expense_receipt_dto import SalesSubInExpenseReceiptDto
    from ..models.tax_category_in_expense_receipt_dto import TaxCategoryInExpenseReceiptDto


T = TypeVar("T", bound="ExpenseReceiptDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "internal_id",
    "receipt_id",
    "date",
    "tax_total",
    "currency",
    "ref_nbr",
    "inventory",
    "description",
    "uom",
    "quantity",
    "unit_cost",
    "total_amount",
    "employee_part",
    "claim_amount",
    "status",
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
    "image",
)


@_attrs_define(repr=False)
class ExpenseReceiptDto:
    """This class represents a Expense Receipt in ExpenseReceiptController. Used by getting data.

    Attributes:
        internal_id (int | Unset):
        receipt_id (str | Unset): The top part &gt; Employee &gt; 	The identifier of the employee whose expense receipts
            you want to manage.
        date (datetime.datetime | Unset): Both tabs &gt; Date &gt; The date of the expense receipt.
        tax_total (float | Unset): The top part &gt; VAT total &gt; The total amount of VAT or taxes calculated for the
            expense receipt.
        currency (CurrencyInExpenseReceiptDto | Unset): Both tabs &gt; Currency &gt; The currency of the expense
            receipt.
        ref_nbr (str | Unset): Both tabs &gt; Ref. no. &gt; The reference number, which usually matches the number of
            the original receipt.
        inventory (InventoryNumberDescriptionDto | Unset):
        description (str | Unset): Open the receipt
            Mandatory field: Receipt details tab &gt; Expense details section &gt; Description* &gt; The expense
            description, which is displayed as a link.
        uom (str | Unset): Receipt details tab &gt; Expense details section &gt; UoM &gt; The unit of measure of the
            expense item.
        quantity (float | Unset): Receipt details tab &gt; Expense details section &gt; Quantity &gt; The quantity of
            the expense item that the employee purchased according to the receipt.
        unit_cost (float | Unset): Receipt details tab &gt; Expense details section &gt; Unit cost &gt; The cost of one
            unit of the expense item.
        total_amount (float | Unset): Receipt details tab &gt; Expense details section &gt; Amount &gt; The total amount
            of the receipt (for VAT-inclusive taxes), or the total amount before taxes (for VAT-exclusive taxes).
        employee_part (float | Unset): Receipt details tab &gt; Expense details section &gt; Employee part  &gt; The
            part of the total amount that will not be paid back to the employee.
        claim_amount (float | Unset): Receipt details tab &gt; Expense details section &gt; Expense claim &gt; The
            expense claim with which the expense receipt is associated.
        status (ExpenseReceiptDtoStatus | Unset): Receipt details tab &gt; Expense details section &gt; Expense claim
            status &gt; The current status of the associated expense claim, which can be one of the following options: On
            hold, Pending apporval, Approved, Rejected, Released.
        claimed_by (ClaimedByInExpenseReceiptDto | Unset): Mandatory field: The top part &gt; Claimed by* &gt; 	The name
            of the employee who is claiming the expenses.
        branch (BranchInExpenseReceiptDto | Unset): Mandatory field: The top part &gt; Branch &gt; The company branch
            that will incur the expenses.
        expense_claim (ExpenseClaimInExpenseReceiptDto | Unset): Receipt details tab &gt; Expense details section &gt;
            Expense claim &gt; The expense claim with which the expense receipt is associated.
        invoiceable (bool | Unset): Receipt details tab &gt; Financial details section &gt; Invoiceable &gt; A check box
            that indicates (if selected) that the customer should be invoiced for the claim amount.
        project (ProjectInExpenseReceiptDto | Unset): Receipt details tab &gt; Expense details section &gt;
            Project/contract &gt; The project or contract, which should be specified if the employee incurred the expenses
            while working on a particular project or contract.
        project_task (ProjectTaskInExpenseReceiptDto | Unset): Receipt details tab &gt; Expense details section &gt;
            Project task &gt; The project task to which the expenses are related.
        customer (CustomerInExpenseReceiptDto | Unset): Receipt details tab &gt; Financial details section &gt; Customer
            &gt; The customer, which should be specified if the employee incurred the expenses while working for a
            particular customer.
        location (LocationInExpenseReceiptDto | Unset): Receipt details tab &gt; Financial details section &gt; Location
            &gt; The location of the customer related to the expenses.
        expense_account (ExpenseAccountInExpenseReceiptDto | Unset): Receipt details tab &gt; Financial details section
            &gt; Expense account &gt; The expense account to which the system records the part of the expense to be paid
            back to the employee.
        expense_sub (ExpenseSubInExpenseReceiptDto | Unset): Receipt details tab &gt; Financial details section &gt;
            Expense sub. &gt; The corresponding subaccount the system uses to record the part of the expense to be paid back
            to the employee.
        sales_account (SalesAccountInExpenseReceiptDto | Unset): Receipt details tab &gt; Financial details section &gt;
            Sales account &gt; The sales account to which the system records the part of the amount to charge the customer
            for.
        sales_sub (SalesSubInExpenseReceiptDto | Unset): Receipt details tab &gt; Financial details section &gt; Sales
            sub. &gt; The corresponding subaccount the system uses to record the amount to charge the customer for.
        tax_category (TaxCategoryInExpenseReceiptDto | Unset): Receipt details tab &gt; Expense details section &gt; VAT
            category &gt; The tax category for the expense receipt.
        image (ImageInExpenseReceiptDto | Unset): Receipt details tab &gt; Image section
    """

    internal_id: int | Unset = UNSET
    receipt_id: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    tax_total: float | Unset = UNSET
    currency: CurrencyInExpenseReceiptDto | Unset = UNSET
    ref_nbr: str | Unset = UNSET
    inventory: InventoryNumberDescriptionDto | Unset = UNSET
    description: str | Unset = UNSET
    uom: str | Unset = UNSET
    quantity: float | Unset = UNSET
    unit_cost: float | Unset = UNSET
    total_amount: float | Unset = UNSET
    employee_part: float | Unset = UNSET
    claim_amount: float | Unset = UNSET
    status: ExpenseReceiptDtoStatus | Unset = UNSET
    claimed_by: ClaimedByInExpenseReceiptDto | Unset = UNSET
    branch: BranchInExpenseReceiptDto | Unset = UNSET
    expense_claim: ExpenseClaimInExpenseReceiptDto | Unset = UNSET
    invoiceable: bool | Unset = UNSET
    project: ProjectInExpenseReceiptDto | Unset = UNSET
    project_task: ProjectTaskInExpenseReceiptDto | Unset = UNSET
    customer: CustomerInExpenseReceiptDto | Unset = UNSET
    location: LocationInExpenseReceiptDto | Unset = UNSET
    expense_account: ExpenseAccountInExpenseReceiptDto | Unset = UNSET
    expense_sub: ExpenseSubInExpenseReceiptDto | Unset = UNSET
    sales_account: SalesAccountInExpenseReceiptDto | Unset = UNSET
    sales_sub: SalesSubInExpenseReceiptDto | Unset = UNSET
    tax_category: TaxCategoryInExpenseReceiptDto | Unset = UNSET
    image: ImageInExpenseReceiptDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_id = self.internal_id

        receipt_id = self.receipt_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        tax_total = self.tax_total

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        ref_nbr = self.ref_nbr

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        description = self.description

        uom = self.uom

        quantity = self.quantity

        unit_cost = self.unit_cost

        total_amount = self.total_amount

        employee_part = self.employee_part

        claim_amount = self.claim_amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        claimed_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.claimed_by, Unset):
            claimed_by = self.claimed_by.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        expense_claim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_claim, Unset):
            expense_claim = self.expense_claim.to_dict()

        invoiceable = self.invoiceable

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

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if receipt_id is not UNSET:
            field_dict["receiptId"] = receipt_id
        if date is not UNSET:
            field_dict["date"] = date
        if tax_total is not UNSET:
            field_dict["taxTotal"] = tax_total
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
        if claim_amount is not UNSET:
            field_dict["claimAmount"] = claim_amount
        if status is not UNSET:
            field_dict["status"] = status
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
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.internal_id = _rest.pop("internalId", UNSET)
        _instance.receipt_id = _rest.pop("receiptId", UNSET)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.tax_total = _rest.pop("taxTotal", UNSET)
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.CurrencyInExpenseReceiptDto.from_dict(_value)
        _instance.ref_nbr = _rest.pop("refNbr", UNSET)
        _value = _rest.pop("inventory", UNSET)
        _instance.inventory = UNSET if _value is UNSET else _models.InventoryNumberDescriptionDto.from_dict(_value)
        _instance.description = _rest.pop("description", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.unit_cost = _rest.pop("unitCost", UNSET)
        _instance.total_amount = _rest.pop("totalAmount", UNSET)
        _instance.employee_part = _rest.pop("employeePart", UNSET)
        _instance.claim_amount = _rest.pop("claimAmount", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _value = _rest.pop("claimedBy", UNSET)
        _instance.claimed_by = UNSET if _value is UNSET else _models.ClaimedByInExpenseReceiptDto.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInExpenseReceiptDto.from_dict(_value)
        _value = _rest.pop("expenseClaim", UNSET)
        _instance.expense_claim = (
            UNSET if _value is UNSET else _models.ExpenseClaimInExpenseReceiptDto.from_dict(_value)
        )
        _instance.invoiceable = _rest.pop("invoiceable", UNSET)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInExpenseReceiptDto.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = UNSET if _value is UNSET else _models.ProjectTaskInExpenseReceiptDto.from_dict(_value)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInExpenseReceiptDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInExpenseReceiptDto.from_dict(_value)
        _value = _rest.pop("expenseAccount", UNSET)
        _instance.expense_account = (
            UNSET if _value is UNSET else _models.ExpenseAccountInExpenseReceiptDto.from_dict(_value)
        )
        _value = _rest.pop("expenseSub", UNSET)
        _instance.expense_sub = UNSET if _value is UNSET else _models.ExpenseSubInExpenseReceiptDto.from_dict(_value)
        _value = _rest.pop("salesAccount", UNSET)
        _instance.sales_account = (
            UNSET if _value is UNSET else _models.SalesAccountInExpenseReceiptDto.from_dict(_value)
        )
        _value = _rest.pop("salesSub", UNSET)
        _instance.sales_sub = UNSET if _value is UNSET else _models.SalesSubInExpenseReceiptDto.from_dict(_value)
        _value = _rest.pop("taxCategory", UNSET)
        _instance.tax_category = UNSET if _value is UNSET else _models.TaxCategoryInExpenseReceiptDto.from_dict(_value)
        _value = _rest.pop("image", UNSET)
        _instance.image = UNSET if _value is UNSET else _models.ImageInExpenseReceiptDto.from_dict(_value)
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
