from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_transaction_line_update_dto_operation import (
    ProjectTransactionLineUpdateDtoOperation,
    check_project_transaction_line_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_int_64 import DtoValueOfInt64
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ProjectTransactionLineUpdateDto")


@_attrs_define
class ProjectTransactionLineUpdateDto:
    """
    Attributes:
        operation (ProjectTransactionLineUpdateDtoOperation | Unset):
        tran_id (DtoValueOfInt64 | Unset):
        date (DtoValueOfNullableOfDateTime | Unset):
        inventory_id (DtoValueOfString | Unset):
        uom (DtoValueOfString | Unset):
        quantity (DtoValueOfNullableOfDecimal | Unset):
        billable_quantity (DtoValueOfNullableOfDecimal | Unset):
        unit_rate (DtoValueOfNullableOfDecimal | Unset):
        amount (DtoValueOfNullableOfDecimal | Unset):
        billable (DtoValueOfNullableOfBoolean | Unset):
        financial_period (DtoValueOfString | Unset):
        batch_nbr (DtoValueOfString | Unset):
        use_billable_qty (DtoValueOfNullableOfBoolean | Unset):
        project (DtoValueOfString | Unset):
        project_task (DtoValueOfString | Unset):
        debit_account (DtoValueOfString | Unset):
        debit_subaccount (DtoValueOfString | Unset):
        credit_account (DtoValueOfString | Unset):
        credit_subaccount (DtoValueOfString | Unset):
        branch (DtoValueOfString | Unset):
        employee (DtoValueOfString | Unset):
        customer_vendor (DtoValueOfString | Unset):
        account_group (DtoValueOfString | Unset):
        location (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        note (DtoValueOfString | Unset):
    """

    operation: ProjectTransactionLineUpdateDtoOperation | Unset = UNSET
    tran_id: DtoValueOfInt64 | Unset = UNSET
    date: DtoValueOfNullableOfDateTime | Unset = UNSET
    inventory_id: DtoValueOfString | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset = UNSET
    billable_quantity: DtoValueOfNullableOfDecimal | Unset = UNSET
    unit_rate: DtoValueOfNullableOfDecimal | Unset = UNSET
    amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    billable: DtoValueOfNullableOfBoolean | Unset = UNSET
    financial_period: DtoValueOfString | Unset = UNSET
    batch_nbr: DtoValueOfString | Unset = UNSET
    use_billable_qty: DtoValueOfNullableOfBoolean | Unset = UNSET
    project: DtoValueOfString | Unset = UNSET
    project_task: DtoValueOfString | Unset = UNSET
    debit_account: DtoValueOfString | Unset = UNSET
    debit_subaccount: DtoValueOfString | Unset = UNSET
    credit_account: DtoValueOfString | Unset = UNSET
    credit_subaccount: DtoValueOfString | Unset = UNSET
    branch: DtoValueOfString | Unset = UNSET
    employee: DtoValueOfString | Unset = UNSET
    customer_vendor: DtoValueOfString | Unset = UNSET
    account_group: DtoValueOfString | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        tran_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tran_id, Unset):
            tran_id = self.tran_id.to_dict()

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        inventory_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_id, Unset):
            inventory_id = self.inventory_id.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        billable_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billable_quantity, Unset):
            billable_quantity = self.billable_quantity.to_dict()

        unit_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_rate, Unset):
            unit_rate = self.unit_rate.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        billable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billable, Unset):
            billable = self.billable.to_dict()

        financial_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_period, Unset):
            financial_period = self.financial_period.to_dict()

        batch_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.batch_nbr, Unset):
            batch_nbr = self.batch_nbr.to_dict()

        use_billable_qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.use_billable_qty, Unset):
            use_billable_qty = self.use_billable_qty.to_dict()

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

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if tran_id is not UNSET:
            field_dict["tranId"] = tran_id
        if date is not UNSET:
            field_dict["date"] = date
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id
        if uom is not UNSET:
            field_dict["uom"] = uom
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if billable_quantity is not UNSET:
            field_dict["billableQuantity"] = billable_quantity
        if unit_rate is not UNSET:
            field_dict["unitRate"] = unit_rate
        if amount is not UNSET:
            field_dict["amount"] = amount
        if billable is not UNSET:
            field_dict["billable"] = billable
        if financial_period is not UNSET:
            field_dict["financialPeriod"] = financial_period
        if batch_nbr is not UNSET:
            field_dict["batchNbr"] = batch_nbr
        if use_billable_qty is not UNSET:
            field_dict["useBillableQty"] = use_billable_qty
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
        if location is not UNSET:
            field_dict["location"] = location
        if description is not UNSET:
            field_dict["description"] = description
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_int_64 import DtoValueOfInt64
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: ProjectTransactionLineUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_project_transaction_line_update_dto_operation(_operation)

        _tran_id = d.pop("tranId", UNSET)
        tran_id: DtoValueOfInt64 | Unset
        if isinstance(_tran_id, Unset):
            tran_id = UNSET
        else:
            tran_id = DtoValueOfInt64.from_dict(_tran_id)

        _date = d.pop("date", UNSET)
        date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = DtoValueOfNullableOfDateTime.from_dict(_date)

        _inventory_id = d.pop("inventoryId", UNSET)
        inventory_id: DtoValueOfString | Unset
        if isinstance(_inventory_id, Unset):
            inventory_id = UNSET
        else:
            inventory_id = DtoValueOfString.from_dict(_inventory_id)

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

        _billable_quantity = d.pop("billableQuantity", UNSET)
        billable_quantity: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_billable_quantity, Unset):
            billable_quantity = UNSET
        else:
            billable_quantity = DtoValueOfNullableOfDecimal.from_dict(_billable_quantity)

        _unit_rate = d.pop("unitRate", UNSET)
        unit_rate: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_unit_rate, Unset):
            unit_rate = UNSET
        else:
            unit_rate = DtoValueOfNullableOfDecimal.from_dict(_unit_rate)

        _amount = d.pop("amount", UNSET)
        amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = DtoValueOfNullableOfDecimal.from_dict(_amount)

        _billable = d.pop("billable", UNSET)
        billable: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_billable, Unset):
            billable = UNSET
        else:
            billable = DtoValueOfNullableOfBoolean.from_dict(_billable)

        _financial_period = d.pop("financialPeriod", UNSET)
        financial_period: DtoValueOfString | Unset
        if isinstance(_financial_period, Unset):
            financial_period = UNSET
        else:
            financial_period = DtoValueOfString.from_dict(_financial_period)

        _batch_nbr = d.pop("batchNbr", UNSET)
        batch_nbr: DtoValueOfString | Unset
        if isinstance(_batch_nbr, Unset):
            batch_nbr = UNSET
        else:
            batch_nbr = DtoValueOfString.from_dict(_batch_nbr)

        _use_billable_qty = d.pop("useBillableQty", UNSET)
        use_billable_qty: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_use_billable_qty, Unset):
            use_billable_qty = UNSET
        else:
            use_billable_qty = DtoValueOfNullableOfBoolean.from_dict(_use_billable_qty)

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

        _debit_account = d.pop("debitAccount", UNSET)
        debit_account: DtoValueOfString | Unset
        if isinstance(_debit_account, Unset):
            debit_account = UNSET
        else:
            debit_account = DtoValueOfString.from_dict(_debit_account)

        _debit_subaccount = d.pop("debitSubaccount", UNSET)
        debit_subaccount: DtoValueOfString | Unset
        if isinstance(_debit_subaccount, Unset):
            debit_subaccount = UNSET
        else:
            debit_subaccount = DtoValueOfString.from_dict(_debit_subaccount)

        _credit_account = d.pop("creditAccount", UNSET)
        credit_account: DtoValueOfString | Unset
        if isinstance(_credit_account, Unset):
            credit_account = UNSET
        else:
            credit_account = DtoValueOfString.from_dict(_credit_account)

        _credit_subaccount = d.pop("creditSubaccount", UNSET)
        credit_subaccount: DtoValueOfString | Unset
        if isinstance(_credit_subaccount, Unset):
            credit_subaccount = UNSET
        else:
            credit_subaccount = DtoValueOfString.from_dict(_credit_subaccount)

        _branch = d.pop("branch", UNSET)
        branch: DtoValueOfString | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = DtoValueOfString.from_dict(_branch)

        _employee = d.pop("employee", UNSET)
        employee: DtoValueOfString | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = DtoValueOfString.from_dict(_employee)

        _customer_vendor = d.pop("customerVendor", UNSET)
        customer_vendor: DtoValueOfString | Unset
        if isinstance(_customer_vendor, Unset):
            customer_vendor = UNSET
        else:
            customer_vendor = DtoValueOfString.from_dict(_customer_vendor)

        _account_group = d.pop("accountGroup", UNSET)
        account_group: DtoValueOfString | Unset
        if isinstance(_account_group, Unset):
            account_group = UNSET
        else:
            account_group = DtoValueOfString.from_dict(_account_group)

        _location = d.pop("location", UNSET)
        location: DtoValueOfString | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = DtoValueOfString.from_dict(_location)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        project_transaction_line_update_dto = cls(
            operation=operation,
            tran_id=tran_id,
            date=date,
            inventory_id=inventory_id,
            uom=uom,
            quantity=quantity,
            billable_quantity=billable_quantity,
            unit_rate=unit_rate,
            amount=amount,
            billable=billable,
            financial_period=financial_period,
            batch_nbr=batch_nbr,
            use_billable_qty=use_billable_qty,
            project=project,
            project_task=project_task,
            debit_account=debit_account,
            debit_subaccount=debit_subaccount,
            credit_account=credit_account,
            credit_subaccount=credit_subaccount,
            branch=branch,
            employee=employee,
            customer_vendor=customer_vendor,
            account_group=account_group,
            location=location,
            description=description,
            note=note,
        )

        project_transaction_line_update_dto.additional_properties = d
        return project_transaction_line_update_dto

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
