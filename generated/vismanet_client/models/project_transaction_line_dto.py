from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class ProjectTransactionLineDto:
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

    tran_id: int | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    inventory_id: InventoryIdInProjectTransactionLineDto | Unset = UNSET
    description: str | Unset = UNSET
    uom: str | Unset = UNSET
    quantity: float | Unset = UNSET
    unit_rate: float | Unset = UNSET
    amount: float | Unset = UNSET
    billable: bool | Unset = UNSET
    released: bool | Unset = UNSET
    allocated: bool | Unset = UNSET
    billable_quantity: float | Unset = UNSET
    financial_period: str | Unset = UNSET
    batch_nbr: str | Unset = UNSET
    use_billable_qty: bool | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    earning_type: EarningTypeInProjectTransactionLineDto | Unset = UNSET
    overtime_multiplier: float | Unset = UNSET
    project: ProjectInProjectTransactionLineDto | Unset = UNSET
    project_task: ProjectTaskInProjectTransactionLineDto | Unset = UNSET
    debit_account: DebitAccountInProjectTransactionLineDto | Unset = UNSET
    debit_subaccount: DebitSubaccountInProjectTransactionLineDto | Unset = UNSET
    credit_account: CreditAccountInProjectTransactionLineDto | Unset = UNSET
    credit_subaccount: CreditSubaccountInProjectTransactionLineDto | Unset = UNSET
    branch: BranchInProjectTransactionLineDto | Unset = UNSET
    employee: EmployeeInProjectTransactionLineDto | Unset = UNSET
    customer_vendor: CustomerVendorInProjectTransactionLineDto | Unset = UNSET
    account_group: AccountGroupInProjectTransactionLineDto | Unset = UNSET
    debit_account_group: DebitAccountGroupInProjectTransactionLineDto | Unset = UNSET
    credit_account_group: CreditAccountGroupInProjectTransactionLineDto | Unset = UNSET
    location: LocationInProjectTransactionLineDto | Unset = UNSET
    note: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tran_id = self.tran_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        inventory_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_id, Unset):
            inventory_id = self.inventory_id.to_dict()

        description = self.description

        uom = self.uom

        quantity = self.quantity

        unit_rate = self.unit_rate

        amount = self.amount

        billable = self.billable

        released = self.released

        allocated = self.allocated

        billable_quantity = self.billable_quantity

        financial_period = self.financial_period

        batch_nbr = self.batch_nbr

        use_billable_qty = self.use_billable_qty

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        earning_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earning_type, Unset):
            earning_type = self.earning_type.to_dict()

        overtime_multiplier = self.overtime_multiplier

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        debit_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit_account, Unset):
            debit_account = self.debit_account.to_dict()

        debit_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit_subaccount, Unset):
            debit_subaccount = self.debit_subaccount.to_dict()

        credit_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_account, Unset):
            credit_account = self.credit_account.to_dict()

        credit_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_subaccount, Unset):
            credit_subaccount = self.credit_subaccount.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        customer_vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_vendor, Unset):
            customer_vendor = self.customer_vendor.to_dict()

        account_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_group, Unset):
            account_group = self.account_group.to_dict()

        debit_account_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit_account_group, Unset):
            debit_account_group = self.debit_account_group.to_dict()

        credit_account_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_account_group, Unset):
            credit_account_group = self.credit_account_group.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        note = self.note

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tran_id is not UNSET:
            field_dict["tranId"] = tran_id
        if date is not UNSET:
            field_dict["date"] = date
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id
        if description is not UNSET:
            field_dict["description"] = description
        if uom is not UNSET:
            field_dict["uom"] = uom
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_rate is not UNSET:
            field_dict["unitRate"] = unit_rate
        if amount is not UNSET:
            field_dict["amount"] = amount
        if billable is not UNSET:
            field_dict["billable"] = billable
        if released is not UNSET:
            field_dict["released"] = released
        if allocated is not UNSET:
            field_dict["allocated"] = allocated
        if billable_quantity is not UNSET:
            field_dict["billableQuantity"] = billable_quantity
        if financial_period is not UNSET:
            field_dict["financialPeriod"] = financial_period
        if batch_nbr is not UNSET:
            field_dict["batchNbr"] = batch_nbr
        if use_billable_qty is not UNSET:
            field_dict["useBillableQty"] = use_billable_qty
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if earning_type is not UNSET:
            field_dict["earningType"] = earning_type
        if overtime_multiplier is not UNSET:
            field_dict["overtimeMultiplier"] = overtime_multiplier
        if project is not UNSET:
            field_dict["project"] = project
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
        if debit_account is not UNSET:
            field_dict["debitAccount"] = debit_account
        if debit_subaccount is not UNSET:
            field_dict["debitSubaccount"] = debit_subaccount
        if credit_account is not UNSET:
            field_dict["creditAccount"] = credit_account
        if credit_subaccount is not UNSET:
            field_dict["creditSubaccount"] = credit_subaccount
        if branch is not UNSET:
            field_dict["branch"] = branch
        if employee is not UNSET:
            field_dict["employee"] = employee
        if customer_vendor is not UNSET:
            field_dict["customerVendor"] = customer_vendor
        if account_group is not UNSET:
            field_dict["accountGroup"] = account_group
        if debit_account_group is not UNSET:
            field_dict["debitAccountGroup"] = debit_account_group
        if credit_account_group is not UNSET:
            field_dict["creditAccountGroup"] = credit_account_group
        if location is not UNSET:
            field_dict["location"] = location
        if note is not UNSET:
            field_dict["note"] = note
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.tran_id = _rest.pop("tranId", UNSET)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("inventoryId", UNSET)
        _instance.inventory_id = (
            UNSET if _value is UNSET else _models.InventoryIdInProjectTransactionLineDto.from_dict(_value)
        )
        _instance.description = _rest.pop("description", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.unit_rate = _rest.pop("unitRate", UNSET)
        _instance.amount = _rest.pop("amount", UNSET)
        _instance.billable = _rest.pop("billable", UNSET)
        _instance.released = _rest.pop("released", UNSET)
        _instance.allocated = _rest.pop("allocated", UNSET)
        _instance.billable_quantity = _rest.pop("billableQuantity", UNSET)
        _instance.financial_period = _rest.pop("financialPeriod", UNSET)
        _instance.batch_nbr = _rest.pop("batchNbr", UNSET)
        _instance.use_billable_qty = _rest.pop("useBillableQty", UNSET)
        _value = _rest.pop("startDate", UNSET)
        _instance.start_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("endDate", UNSET)
        _instance.end_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("earningType", UNSET)
        _instance.earning_type = (
            UNSET if _value is UNSET else _models.EarningTypeInProjectTransactionLineDto.from_dict(_value)
        )
        _instance.overtime_multiplier = _rest.pop("overtimeMultiplier", UNSET)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInProjectTransactionLineDto.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = (
            UNSET if _value is UNSET else _models.ProjectTaskInProjectTransactionLineDto.from_dict(_value)
        )
        _value = _rest.pop("debitAccount", UNSET)
        _instance.debit_account = (
            UNSET if _value is UNSET else _models.DebitAccountInProjectTransactionLineDto.from_dict(_value)
        )
        _value = _rest.pop("debitSubaccount", UNSET)
        _instance.debit_subaccount = (
            UNSET if _value is UNSET else _models.DebitSubaccountInProjectTransactionLineDto.from_dict(_value)
        )
        _value = _rest.pop("creditAccount", UNSET)
        _instance.credit_account = (
            UNSET if _value is UNSET else _models.CreditAccountInProjectTransactionLineDto.from_dict(_value)
        )
        _value = _rest.pop("creditSubaccount", UNSET)
        _instance.credit_subaccount = (
            UNSET if _value is UNSET else _models.CreditSubaccountInProjectTransactionLineDto.from_dict(_value)
        )
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInProjectTransactionLineDto.from_dict(_value)
        _value = _rest.pop("employee", UNSET)
        _instance.employee = UNSET if _value is UNSET else _models.EmployeeInProjectTransactionLineDto.from_dict(_value)
        _value = _rest.pop("customerVendor", UNSET)
        _instance.customer_vendor = (
            UNSET if _value is UNSET else _models.CustomerVendorInProjectTransactionLineDto.from_dict(_value)
        )
        _value = _rest.pop("accountGroup", UNSET)
        _instance.account_group = (
            UNSET if _value is UNSET else _models.AccountGroupInProjectTransactionLineDto.from_dict(_value)
        )
        _value = _rest.pop("debitAccountGroup", UNSET)
        _instance.debit_account_group = (
            UNSET if _value is UNSET else _models.DebitAccountGroupInProjectTransactionLineDto.from_dict(_value)
        )
        _value = _rest.pop("creditAccountGroup", UNSET)
        _instance.credit_account_group = (
            UNSET if _value is UNSET else _models.CreditAccountGroupInProjectTransactionLineDto.from_dict(_value)
        )
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInProjectTransactionLineDto.from_dict(_value)
        _instance.note = _rest.pop("note", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
