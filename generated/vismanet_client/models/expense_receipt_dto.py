from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.expense_receipt_dto_status import ExpenseReceiptDtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class ExpenseReceiptDto(GeneratedModel):
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

    internal_id: int | Unset | None = UNSET
    receipt_id: str | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    tax_total: float | Unset | None = UNSET
    currency: CurrencyInExpenseReceiptDto | Unset | None = UNSET
    ref_nbr: str | Unset | None = UNSET
    inventory: InventoryNumberDescriptionDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    unit_cost: float | Unset | None = UNSET
    total_amount: float | Unset | None = UNSET
    employee_part: float | Unset | None = UNSET
    claim_amount: float | Unset | None = UNSET
    status: ExpenseReceiptDtoStatus | Unset | None = UNSET
    claimed_by: ClaimedByInExpenseReceiptDto | Unset | None = UNSET
    branch: BranchInExpenseReceiptDto | Unset | None = UNSET
    expense_claim: ExpenseClaimInExpenseReceiptDto | Unset | None = UNSET
    invoiceable: bool | Unset | None = UNSET
    project: ProjectInExpenseReceiptDto | Unset | None = UNSET
    project_task: ProjectTaskInExpenseReceiptDto | Unset | None = UNSET
    customer: CustomerInExpenseReceiptDto | Unset | None = UNSET
    location: LocationInExpenseReceiptDto | Unset | None = UNSET
    expense_account: ExpenseAccountInExpenseReceiptDto | Unset | None = UNSET
    expense_sub: ExpenseSubInExpenseReceiptDto | Unset | None = UNSET
    sales_account: SalesAccountInExpenseReceiptDto | Unset | None = UNSET
    sales_sub: SalesSubInExpenseReceiptDto | Unset | None = UNSET
    tax_category: TaxCategoryInExpenseReceiptDto | Unset | None = UNSET
    image: ImageInExpenseReceiptDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.internal_id
        if _value is not UNSET:
            field_dict["internalId"] = _value
        _value = self.receipt_id
        if _value is not UNSET:
            field_dict["receiptId"] = _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.tax_total
        if _value is not UNSET:
            field_dict["taxTotal"] = _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ref_nbr
        if _value is not UNSET:
            field_dict["refNbr"] = _value
        _value = self.inventory
        if _value is not UNSET:
            field_dict["inventory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value
        _value = self.total_amount
        if _value is not UNSET:
            field_dict["totalAmount"] = _value
        _value = self.employee_part
        if _value is not UNSET:
            field_dict["employeePart"] = _value
        _value = self.claim_amount
        if _value is not UNSET:
            field_dict["claimAmount"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
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
            field_dict["invoiceable"] = _value
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
        _value = self.image
        if _value is not UNSET:
            field_dict["image"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ExpenseReceiptDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.internal_id = _rest.pop("internalId", UNSET)
        self.receipt_id = _rest.pop("receiptId", UNSET)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        self.tax_total = _rest.pop("taxTotal", UNSET)
        _value = _rest.pop("currency", UNSET)
        self.currency = (
            _models.CurrencyInExpenseReceiptDto._vn_fill(_new(_models.CurrencyInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.ref_nbr = _rest.pop("refNbr", UNSET)
        _value = _rest.pop("inventory", UNSET)
        self.inventory = (
            _models.InventoryNumberDescriptionDto._vn_fill(_new(_models.InventoryNumberDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.description = _rest.pop("description", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        self.quantity = _rest.pop("quantity", UNSET)
        self.unit_cost = _rest.pop("unitCost", UNSET)
        self.total_amount = _rest.pop("totalAmount", UNSET)
        self.employee_part = _rest.pop("employeePart", UNSET)
        self.claim_amount = _rest.pop("claimAmount", UNSET)
        self.status = _rest.pop("status", UNSET)
        _value = _rest.pop("claimedBy", UNSET)
        self.claimed_by = (
            _models.ClaimedByInExpenseReceiptDto._vn_fill(_new(_models.ClaimedByInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInExpenseReceiptDto._vn_fill(_new(_models.BranchInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseClaim", UNSET)
        self.expense_claim = (
            _models.ExpenseClaimInExpenseReceiptDto._vn_fill(_new(_models.ExpenseClaimInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.invoiceable = _rest.pop("invoiceable", UNSET)
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInExpenseReceiptDto._vn_fill(_new(_models.ProjectInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInExpenseReceiptDto._vn_fill(_new(_models.ProjectTaskInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInExpenseReceiptDto._vn_fill(_new(_models.CustomerInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInExpenseReceiptDto._vn_fill(_new(_models.LocationInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseAccount", UNSET)
        self.expense_account = (
            _models.ExpenseAccountInExpenseReceiptDto._vn_fill(_new(_models.ExpenseAccountInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseSub", UNSET)
        self.expense_sub = (
            _models.ExpenseSubInExpenseReceiptDto._vn_fill(_new(_models.ExpenseSubInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesAccount", UNSET)
        self.sales_account = (
            _models.SalesAccountInExpenseReceiptDto._vn_fill(_new(_models.SalesAccountInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesSub", UNSET)
        self.sales_sub = (
            _models.SalesSubInExpenseReceiptDto._vn_fill(_new(_models.SalesSubInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxCategory", UNSET)
        self.tax_category = (
            _models.TaxCategoryInExpenseReceiptDto._vn_fill(_new(_models.TaxCategoryInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("image", UNSET)
        self.image = (
            _models.ImageInExpenseReceiptDto._vn_fill(_new(_models.ImageInExpenseReceiptDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("internal_id", "internalId", False, "int"),
        ("receipt_id", "receiptId", False, "str"),
        ("date", "date", False, "datetime"),
        ("tax_total", "taxTotal", False, "float"),
        ("currency", "currency", False, ("model", "CurrencyInExpenseReceiptDto")),
        ("ref_nbr", "refNbr", False, "str"),
        ("inventory", "inventory", False, ("model", "InventoryNumberDescriptionDto")),
        ("description", "description", False, "str"),
        ("uom", "uom", False, "str"),
        ("quantity", "quantity", False, "float"),
        ("unit_cost", "unitCost", False, "float"),
        ("total_amount", "totalAmount", False, "float"),
        ("employee_part", "employeePart", False, "float"),
        ("claim_amount", "claimAmount", False, "float"),
        ("status", "status", False, "str"),
        ("claimed_by", "claimedBy", False, ("model", "ClaimedByInExpenseReceiptDto")),
        ("branch", "branch", False, ("model", "BranchInExpenseReceiptDto")),
        ("expense_claim", "expenseClaim", False, ("model", "ExpenseClaimInExpenseReceiptDto")),
        ("invoiceable", "invoiceable", False, "bool"),
        ("project", "project", False, ("model", "ProjectInExpenseReceiptDto")),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInExpenseReceiptDto")),
        ("customer", "customer", False, ("model", "CustomerInExpenseReceiptDto")),
        ("location", "location", False, ("model", "LocationInExpenseReceiptDto")),
        ("expense_account", "expenseAccount", False, ("model", "ExpenseAccountInExpenseReceiptDto")),
        ("expense_sub", "expenseSub", False, ("model", "ExpenseSubInExpenseReceiptDto")),
        ("sales_account", "salesAccount", False, ("model", "SalesAccountInExpenseReceiptDto")),
        ("sales_sub", "salesSub", False, ("model", "SalesSubInExpenseReceiptDto")),
        ("tax_category", "taxCategory", False, ("model", "TaxCategoryInExpenseReceiptDto")),
        ("image", "image", False, ("model", "ImageInExpenseReceiptDto")),
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


_Lazy = _lazy_twin(ExpenseReceiptDto)
