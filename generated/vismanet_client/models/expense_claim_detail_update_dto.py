from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.expense_claim_detail_update_dto_operation import (
    ExpenseClaimDetailUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class ExpenseClaimDetailUpdateDto(GeneratedModel):
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

    operation: ExpenseClaimDetailUpdateDtoOperation | Unset | None = UNSET
    claim_detail_id: ClaimDetailIdInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    date: DateInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    expense_item: ExpenseItemInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    description: DescriptionInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    quantity: QuantityInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    uom: UomInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    unit_cost: UnitCostInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    invoiceable: InvoiceableInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    project: ProjectInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    project_task: ProjectTaskInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    expense_account: ExpenseAccountInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    expense_subaccount: list[SegmentUpdateDto] | Unset | None = UNSET
    branch: BranchInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    tax_category: TaxCategoryInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    ref_nbr: RefNbrInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    employee_part: EmployeePartInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    customer: CustomerInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    location: LocationInExpenseClaimDetailUpdateDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.claim_detail_id
        if _value is not UNSET:
            field_dict["claimDetailId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expense_item
        if _value is not UNSET:
            field_dict["expenseItem"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoiceable
        if _value is not UNSET:
            field_dict["invoiceable"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
            field_dict["expenseSubaccount"] = (
                [
                    expense_subaccount_item_data.to_dict()
                    if isinstance(expense_subaccount_item_data, GeneratedModel)
                    else expense_subaccount_item_data
                    for expense_subaccount_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_category
        if _value is not UNSET:
            field_dict["taxCategory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ref_nbr
        if _value is not UNSET:
            field_dict["refNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.employee_part
        if _value is not UNSET:
            field_dict["employeePart"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ExpenseClaimDetailUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("claimDetailId", UNSET)
        self.claim_detail_id = (
            _models.ClaimDetailIdInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.ClaimDetailIdInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("date", UNSET)
        self.date = (
            _models.DateInExpenseClaimDetailUpdateDto._vn_fill(_new(_models.DateInExpenseClaimDetailUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseItem", UNSET)
        self.expense_item = (
            _models.ExpenseItemInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.ExpenseItemInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DescriptionInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.DescriptionInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("quantity", UNSET)
        self.quantity = (
            _models.QuantityInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.QuantityInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uom", UNSET)
        self.uom = (
            _models.UomInExpenseClaimDetailUpdateDto._vn_fill(_new(_models.UomInExpenseClaimDetailUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("unitCost", UNSET)
        self.unit_cost = (
            _models.UnitCostInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.UnitCostInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceable", UNSET)
        self.invoiceable = (
            _models.InvoiceableInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.InvoiceableInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.ProjectInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.ProjectTaskInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseAccount", UNSET)
        self.expense_account = (
            _models.ExpenseAccountInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.ExpenseAccountInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expenseSubaccount", UNSET)
        self.expense_subaccount = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), expense_subaccount_item_data)
                if isinstance(expense_subaccount_item_data, dict)
                else expense_subaccount_item_data
                for expense_subaccount_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.BranchInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxCategory", UNSET)
        self.tax_category = (
            _models.TaxCategoryInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.TaxCategoryInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("refNbr", UNSET)
        self.ref_nbr = (
            _models.RefNbrInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.RefNbrInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("employeePart", UNSET)
        self.employee_part = (
            _models.EmployeePartInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.EmployeePartInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.CustomerInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInExpenseClaimDetailUpdateDto._vn_fill(
                _new(_models.LocationInExpenseClaimDetailUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("claim_detail_id", "claimDetailId", False, ("model", "ClaimDetailIdInExpenseClaimDetailUpdateDto")),
        ("date", "date", False, ("model", "DateInExpenseClaimDetailUpdateDto")),
        ("expense_item", "expenseItem", False, ("model", "ExpenseItemInExpenseClaimDetailUpdateDto")),
        ("description", "description", False, ("model", "DescriptionInExpenseClaimDetailUpdateDto")),
        ("quantity", "quantity", False, ("model", "QuantityInExpenseClaimDetailUpdateDto")),
        ("uom", "uom", False, ("model", "UomInExpenseClaimDetailUpdateDto")),
        ("unit_cost", "unitCost", False, ("model", "UnitCostInExpenseClaimDetailUpdateDto")),
        ("invoiceable", "invoiceable", False, ("model", "InvoiceableInExpenseClaimDetailUpdateDto")),
        ("project", "project", False, ("model", "ProjectInExpenseClaimDetailUpdateDto")),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInExpenseClaimDetailUpdateDto")),
        ("expense_account", "expenseAccount", False, ("model", "ExpenseAccountInExpenseClaimDetailUpdateDto")),
        ("expense_subaccount", "expenseSubaccount", False, ("list", ("model", "SegmentUpdateDto"))),
        ("branch", "branch", False, ("model", "BranchInExpenseClaimDetailUpdateDto")),
        ("tax_category", "taxCategory", False, ("model", "TaxCategoryInExpenseClaimDetailUpdateDto")),
        ("ref_nbr", "refNbr", False, ("model", "RefNbrInExpenseClaimDetailUpdateDto")),
        ("employee_part", "employeePart", False, ("model", "EmployeePartInExpenseClaimDetailUpdateDto")),
        ("customer", "customer", False, ("model", "CustomerInExpenseClaimDetailUpdateDto")),
        ("location", "location", False, ("model", "LocationInExpenseClaimDetailUpdateDto")),
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


_Lazy = _lazy_twin(ExpenseClaimDetailUpdateDto)
