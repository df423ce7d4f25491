from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.project_transaction_line_update_dto_operation import (
    ProjectTransactionLineUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_int_64 import DtoValueOfInt64
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ProjectTransactionLineUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "tran_id",
    "date",
    "inventory_id",
    "uom",
    "quantity",
    "billable_quantity",
    "unit_rate",
    "amount",
    "billable",
    "financial_period",
    "batch_nbr",
    "use_billable_qty",
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
    "location",
    "description",
    "note",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("tranId", UNSET)
        _instance.tran_id = UNSET if _value is UNSET else _models.DtoValueOfInt64.from_dict(_value)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("inventoryId", UNSET)
        _instance.inventory_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("quantity", UNSET)
        _instance.quantity = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("billableQuantity", UNSET)
        _instance.billable_quantity = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("unitRate", UNSET)
        _instance.unit_rate = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("amount", UNSET)
        _instance.amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("billable", UNSET)
        _instance.billable = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("financialPeriod", UNSET)
        _instance.financial_period = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("batchNbr", UNSET)
        _instance.batch_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("useBillableQty", UNSET)
        _instance.use_billable_qty = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("debitAccount", UNSET)
        _instance.debit_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("debitSubaccount", UNSET)
        _instance.debit_subaccount = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("creditAccount", UNSET)
        _instance.credit_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("creditSubaccount", UNSET)
        _instance.credit_subaccount = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("employee", UNSET)
        _instance.employee = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customerVendor", UNSET)
        _instance.customer_vendor = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("accountGroup", UNSET)
        _instance.account_group = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
