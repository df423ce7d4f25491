from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.account_group_in_project_transaction_line_dto import AccountGroupInProjectTransactionLineDto
    from ..models.branch_in_project_transaction_line_dto import BranchInProjectTransactionLineDto
    from ..models.credit_account_group_in_project_transaction_line_dto import (
        CreditAccountGroupInProjectTransactionLineDto,
    )
    from ..models.credit_account_in_project_transaction_line_dto import CreditAccountInProjectTransactionLineDto
    from ..models.credit_subaccount_in_project_transaction_line_dto import CreditSubaccountInProjectTransactionLineDto
    from ..models.customer_vendor_in_project_transaction_line_dto import CustomerVendorInProjectTransactionLineDto
    from ..models.debit_account_group_in_project_transaction_line_dto import (
        DebitAccountGroupInProjectTransactionLineDto,
    )
    from ..models.debit_account_in_project_transaction_line_dto import DebitAccountInProjectTransactionLineDto
    from ..models.debit_subaccount_in_project_transaction_line_dto import DebitSubaccountInProjectTransactionLineDto
    from ..models.earning_type_in_project_transaction_line_dto import EarningTypeInProjectTransactionLineDto
    from ..models.employee_in_project_transaction_line_dto import EmployeeInProjectTransactionLineDto
    from ..models.inventory_id_in_project_transaction_line_dto import InventoryIdInProjectTransactionLineDto
    from ..models.location_in_project_transaction_line_dto import LocationInProjectTransactionLineDto
    from ..models.metadata_dto import MetadataDto
    from ..models.project_in_project_transaction_line_dto import ProjectInProjectTransactionLineDto
    from ..models.project_task_in_project_transaction_line_dto import ProjectTaskInProjectTransactionLineDto


T = TypeVar("T", bound="ProjectTransactionLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "tran_id",
    "date",
    "inventory_id",
    "description",
    "uom",
    "quantity",
    "unit_rate",
    "amount",
    "billable",
    "released",
    "allocated",
    "billable_quantity",
    "financial_period",
    "batch_nbr",
    "use_billable_qty",
    "start_date",
    "end_date",
    "last_modified_date_time",
    "earning_type",
    "overtime_multiplier",
    "project",
    "project_task",
    "debit_account",
    "debit_subaccount",
    "credit_account",
    "credit_subaccount",
    "branch",
    "employee",
    "customer_vendor",
    "account_group",
    "debit_account_group",
    "credit_account_group",
    "location",
    "note",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class ProjectTransactionLineDto(GeneratedModel):
    """
    Attributes:
        tran_id (int | Unset):
        date (datetime.datetime | Unset): Date &gt; The date the transaction was created.
        inventory_id (InventoryIdInProjectTransactionLineDto | Unset): Item ID &gt; The identifier of the stock or non-
            stock item associated with the transaction.
        description (str | Unset): Description &gt; The description of the transaction.
        uom (str | Unset): UoM &gt; The unit of measure used to estimate the quantity for the transaction, such as HOUR
            or BOX.
        quantity (float | Unset): Quantity &gt; 	The quantity for the transaction, such as the number of service hours
            provided to the customer.
        unit_rate (float | Unset): Unit rate &gt; The price of the item or the rate of the service.
        amount (float | Unset): Amount &gt; The amount of the transaction.
        billable (bool | Unset): Invoiceable &gt; A check box indicating whether the transaction is used in calculating
            the amount charged to the customer for the project task.
        released (bool | Unset): Released &gt; A check box indicating whether the transaction has been released.
        allocated (bool | Unset): Allocated &gt; A check box that indicates whether the amounts of the transactions were
            allocated for the project.
        billable_quantity (float | Unset): Qty. that can be invoiced &gt; The total invoiceable quantity for the
            transactions listed in the table.
        financial_period (str | Unset): Period &gt; The financial period associated with the transaction.
        batch_nbr (str | Unset): Batch no. &gt; The batch number of the transaction in the General ledger workspace.
        use_billable_qty (bool | Unset): Use the quantity that can be invoiced in the amount formula &gt; A check box
            that you select if you want the system to use the invoiceable quantity (the Invoiceable quantity column) instead
            of the overall quantity (the Quantity column) of the transaction when calculating the amount of transaction.
        start_date (datetime.datetime | Unset): Start date &gt; The start date for this transaction.
        end_date (datetime.datetime | Unset): End date &gt; The end date for this transaction
        last_modified_date_time (datetime.datetime | Unset): System generated information
        earning_type (EarningTypeInProjectTransactionLineDto | Unset): Earning type &gt; The earning type specified for
            the transaction to calculate the labour cost.
        overtime_multiplier (float | Unset): Multiplier &gt; The multiplier by which the unit rate is multiplied when
            the labour cost is calculated.
        project (ProjectInProjectTransactionLineDto | Unset): Project &gt; The project associated with the transaction.
        project_task (ProjectTaskInProjectTransactionLineDto | Unset): Project task &gt; The project task associated
            with the transaction.
        debit_account (DebitAccountInProjectTransactionLineDto | Unset): Debit account &gt; For released transactions,
            the account the transaction debited when it was released; for unreleased transactions, the account the
            transaction debits if it is released (mainly for the transactions that originate in the Projects module).
        debit_subaccount (DebitSubaccountInProjectTransactionLineDto | Unset): Debit subaccount &gt; For released
            transactions, the subaccount the transaction debited when it was released; for unreleased transactions, the
            subaccount the transaction debits if it is released.
        credit_account (CreditAccountInProjectTransactionLineDto | Unset): Credit account &gt; For released
            transactions, the account the transaction credited when it was released; for unreleased transactions, the
            account the transaction credits if it is released.
        credit_subaccount (CreditSubaccountInProjectTransactionLineDto | Unset): Credit subaccount &gt; 	For released
            transactions, the subaccount the transaction credited when it was released; for unreleased transactions, the
            subaccount the transaction credits if it is released.
        branch (BranchInProjectTransactionLineDto | Unset): Branch &gt; The branch in which the transaction was created.
        employee (EmployeeInProjectTransactionLineDto | Unset): Employee &gt; The employee associated with the
            transaction, such as the employee who worked on the project for the customer.
        customer_vendor (CustomerVendorInProjectTransactionLineDto | Unset): Customer/supplier &gt; The name of the
            supplier (if the transaction originated in the Supplier ledger workspace) or customer (if the transaction
            originated in another workspace).
        account_group (AccountGroupInProjectTransactionLineDto | Unset): Account group &gt; The account group of the
            debit side account of the transaction.
        debit_account_group (DebitAccountGroupInProjectTransactionLineDto | Unset): Debit Account group &gt; The account
            group of the debit side account of the transaction. This field has been deprecated and will be removed in future
            versions. Use DebitAccountGroup.
        credit_account_group (CreditAccountGroupInProjectTransactionLineDto | Unset): Debit Account group &gt; The
            account group of the credit side account of the transaction.
        location (LocationInProjectTransactionLineDto | Unset): Location &gt; The location of the customer or supplier.
        note (str | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    tran_id: int | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    inventory_id: InventoryIdInProjectTransactionLineDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    unit_rate: float | Unset | None = UNSET
    amount: float | Unset | None = UNSET
    billable: bool | Unset | None = UNSET
    released: bool | Unset | None = UNSET
    allocated: bool | Unset | None = UNSET
    billable_quantity: float | Unset | None = UNSET
    financial_period: str | Unset | None = UNSET
    batch_nbr: str | Unset | None = UNSET
    use_billable_qty: bool | Unset | None = UNSET
    start_date: datetime.datetime | Unset | None = UNSET
    end_date: datetime.datetime | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    earning_type: EarningTypeInProjectTransactionLineDto | Unset | None = UNSET
    overtime_multiplier: float | Unset | None = UNSET
    project: ProjectInProjectTransactionLineDto | Unset | None = UNSET
    project_task: ProjectTaskInProjectTransactionLineDto | Unset | None = UNSET
    debit_account: DebitAccountInProjectTransactionLineDto | Unset | None = UNSET
    debit_subaccount: DebitSubaccountInProjectTransactionLineDto | Unset | None = UNSET
    credit_account: CreditAccountInProjectTransactionLineDto | Unset | None = UNSET
    credit_subaccount: CreditSubaccountInProjectTransactionLineDto | Unset | None = UNSET
    branch: BranchInProjectTransactionLineDto | Unset | None = UNSET
    employee: EmployeeInProjectTransactionLineDto | Unset | None = UNSET
    customer_vendor: CustomerVendorInProjectTransactionLineDto | Unset | None = UNSET
    account_group: AccountGroupInProjectTransactionLineDto | Unset | None = UNSET
    debit_account_group: DebitAccountGroupInProjectTransactionLineDto | Unset | None = UNSET
    credit_account_group: CreditAccountGroupInProjectTransactionLineDto | Unset | None = UNSET
    location: LocationInProjectTransactionLineDto | Unset | None = UNSET
    note: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.tran_id
        if _value is not UNSET:
            field_dict["tranId"] = _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.inventory_id
        if _value is not UNSET:
            field_dict["inventoryId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.unit_rate
        if _value is not UNSET:
            field_dict["unitRate"] = _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value
        _value = self.billable
        if _value is not UNSET:
            field_dict["billable"] = _value
        _value = self.released
        if _value is not UNSET:
            field_dict["released"] = _value
        _value = self.allocated
        if _value is not UNSET:
            field_dict["allocated"] = _value
        _value = self.billable_quantity
        if _value is not UNSET:
            field_dict["billableQuantity"] = _value
        _value = self.financial_period
        if _value is not UNSET:
            field_dict["financialPeriod"] = _value
        _value = self.batch_nbr
        if _value is not UNSET:
            field_dict["batchNbr"] = _value
        _value = self.use_billable_qty
        if _value is not UNSET:
            field_dict["useBillableQty"] = _value
        _value = self.start_date
        if _value is not UNSET:
            field_dict["startDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.end_date
        if _value is not UNSET:
            field_dict["endDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.earning_type
        if _value is not UNSET:
            field_dict["earningType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.overtime_multiplier
        if _value is not UNSET:
            field_dict["overtimeMultiplier"] = _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.debit_account
        if _value is not UNSET:
            field_dict["debitAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.debit_subaccount
        if _value is not UNSET:
            field_dict["debitSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.credit_account
        if _value is not UNSET:
            field_dict["creditAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.credit_subaccount
        if _value is not UNSET:
            field_dict["creditSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.employee
        if _value is not UNSET:
            field_dict["employee"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_vendor
        if _value is not UNSET:
            field_dict["customerVendor"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account_group
        if _value is not UNSET:
            field_dict["accountGroup"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.debit_account_group
        if _value is not UNSET:
            field_dict["debitAccountGroup"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.credit_account_group
        if _value is not UNSET:
            field_dict["creditAccountGroup"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ProjectTransactionLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.tran_id = _rest.pop("tranId", UNSET)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        _value = _rest.pop("inventoryId", UNSET)
        self.inventory_id = (
            _models.InventoryIdInProjectTransactionLineDto._vn_fill(
                _new(_models.InventoryIdInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.description = _rest.pop("description", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        self.quantity = _rest.pop("quantity", UNSET)
        self.unit_rate = _rest.pop("unitRate", UNSET)
        self.amount = _rest.pop("amount", UNSET)
        self.billable = _rest.pop("billable", UNSET)
        self.released = _rest.pop("released", UNSET)
        self.allocated = _rest.pop("allocated", UNSET)
        self.billable_quantity = _rest.pop("billableQuantity", UNSET)
        self.financial_period = _rest.pop("financialPeriod", UNSET)
        self.batch_nbr = _rest.pop("batchNbr", UNSET)
        self.use_billable_qty = _rest.pop("useBillableQty", UNSET)
        _value = _rest.pop("startDate", UNSET)
        self.start_date = _parse_datetime(_value)
        _value = _rest.pop("endDate", UNSET)
        self.end_date = _parse_datetime(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("earningType", UNSET)
        self.earning_type = (
            _models.EarningTypeInProjectTransactionLineDto._vn_fill(
                _new(_models.EarningTypeInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.overtime_multiplier = _rest.pop("overtimeMultiplier", UNSET)
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInProjectTransactionLineDto._vn_fill(
                _new(_models.ProjectInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInProjectTransactionLineDto._vn_fill(
                _new(_models.ProjectTaskInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("debitAccount", UNSET)
        self.debit_account = (
            _models.DebitAccountInProjectTransactionLineDto._vn_fill(
                _new(_models.DebitAccountInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("debitSubaccount", UNSET)
        self.debit_subaccount = (
            _models.DebitSubaccountInProjectTransactionLineDto._vn_fill(
                _new(_models.DebitSubaccountInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditAccount", UNSET)
        self.credit_account = (
            _models.CreditAccountInProjectTransactionLineDto._vn_fill(
                _new(_models.CreditAccountInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditSubaccount", UNSET)
        self.credit_subaccount = (
            _models.CreditSubaccountInProjectTransactionLineDto._vn_fill(
                _new(_models.CreditSubaccountInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInProjectTransactionLineDto._vn_fill(_new(_models.BranchInProjectTransactionLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("employee", UNSET)
        self.employee = (
            _models.EmployeeInProjectTransactionLineDto._vn_fill(
                _new(_models.EmployeeInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerVendor", UNSET)
        self.customer_vendor = (
            _models.CustomerVendorInProjectTransactionLineDto._vn_fill(
                _new(_models.CustomerVendorInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("accountGroup", UNSET)
        self.account_group = (
            _models.AccountGroupInProjectTransactionLineDto._vn_fill(
                _new(_models.AccountGroupInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("debitAccountGroup", UNSET)
        self.debit_account_group = (
            _models.DebitAccountGroupInProjectTransactionLineDto._vn_fill(
                _new(_models.DebitAccountGroupInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditAccountGroup", UNSET)
        self.credit_account_group = (
            _models.CreditAccountGroupInProjectTransactionLineDto._vn_fill(
                _new(_models.CreditAccountGroupInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInProjectTransactionLineDto._vn_fill(
                _new(_models.LocationInProjectTransactionLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.note = _rest.pop("note", UNSET)
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("tran_id", "tranId", False, "int"),
        ("date", "date", False, "datetime"),
        ("inventory_id", "inventoryId", False, ("model", "InventoryIdInProjectTransactionLineDto")),
        ("description", "description", False, "str"),
        ("uom", "uom", False, "str"),
        ("quantity", "quantity", False, "float"),
        ("unit_rate", "unitRate", False, "float"),
        ("amount", "amount", False, "float"),
        ("billable", "billable", False, "bool"),
        ("released", "released", False, "bool"),
        ("allocated", "allocated", False, "bool"),
        ("billable_quantity", "billableQuantity", False, "float"),
        ("financial_period", "financialPeriod", False, "str"),
        ("batch_nbr", "batchNbr", False, "str"),
        ("use_billable_qty", "useBillableQty", False, "bool"),
        ("start_date", "startDate", False, "datetime"),
        ("end_date", "endDate", False, "datetime"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("earning_type", "earningType", False, ("model", "EarningTypeInProjectTransactionLineDto")),
        ("overtime_multiplier", "overtimeMultiplier", False, "float"),
        ("project", "project", False, ("model", "ProjectInProjectTransactionLineDto")),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInProjectTransactionLineDto")),
        ("debit_account", "debitAccount", False, ("model", "DebitAccountInProjectTransactionLineDto")),
        ("debit_subaccount", "debitSubaccount", False, ("model", "DebitSubaccountInProjectTransactionLineDto")),
        ("credit_account", "creditAccount", False, ("model", "CreditAccountInProjectTransactionLineDto")),
        ("credit_subaccount", "creditSubaccount", False, ("model", "CreditSubaccountInProjectTransactionLineDto")),
        ("branch", "branch", False, ("model", "BranchInProjectTransactionLineDto")),
        ("employee", "employee", False, ("model", "EmployeeInProjectTransactionLineDto")),
        ("customer_vendor", "customerVendor", False, ("model", "CustomerVendorInProjectTransactionLineDto")),
        ("account_group", "accountGroup", False, ("model", "AccountGroupInProjectTransactionLineDto")),
        ("debit_account_group", "debitAccountGroup", False, ("model", "DebitAccountGroupInProjectTransactionLineDto")),
        (
            "credit_account_group",
            "creditAccountGroup",
            False,
            ("model", "CreditAccountGroupInProjectTransactionLineDto"),
        ),
        ("location", "location", False, ("model", "LocationInProjectTransactionLineDto")),
        ("note", "note", False, "str"),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(ProjectTransactionLineDto)
