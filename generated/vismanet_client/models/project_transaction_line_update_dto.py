from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.project_transaction_line_update_dto_operation import (
    ProjectTransactionLineUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class ProjectTransactionLineUpdateDto(GeneratedModel):
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

    operation: ProjectTransactionLineUpdateDtoOperation | Unset | None = UNSET
    tran_id: DtoValueOfInt64 | Unset | None = UNSET
    date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    inventory_id: DtoValueOfString | Unset | None = UNSET
    uom: DtoValueOfString | Unset | None = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    billable_quantity: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    unit_rate: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    billable: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    financial_period: DtoValueOfString | Unset | None = UNSET
    batch_nbr: DtoValueOfString | Unset | None = UNSET
    use_billable_qty: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    project: DtoValueOfString | Unset | None = UNSET
    project_task: DtoValueOfString | Unset | None = UNSET
    debit_account: DtoValueOfString | Unset | None = UNSET
    debit_subaccount: DtoValueOfString | Unset | None = UNSET
    credit_account: DtoValueOfString | Unset | None = UNSET
    credit_subaccount: DtoValueOfString | Unset | None = UNSET
    branch: DtoValueOfString | Unset | None = UNSET
    employee: DtoValueOfString | Unset | None = UNSET
    customer_vendor: DtoValueOfString | Unset | None = UNSET
    account_group: DtoValueOfString | Unset | None = UNSET
    location: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.tran_id
        if _value is not UNSET:
            field_dict["tranId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory_id
        if _value is not UNSET:
            field_dict["inventoryId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.billable_quantity
        if _value is not UNSET:
            field_dict["billableQuantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.unit_rate
        if _value is not UNSET:
            field_dict["unitRate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.billable
        if _value is not UNSET:
            field_dict["billable"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.financial_period
        if _value is not UNSET:
            field_dict["financialPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.batch_nbr
        if _value is not UNSET:
            field_dict["batchNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.use_billable_qty
        if _value is not UNSET:
            field_dict["useBillableQty"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ProjectTransactionLineUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("tranId", UNSET)
        self.tran_id = (
            _models.DtoValueOfInt64._vn_fill(_new(_models.DtoValueOfInt64), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("date", UNSET)
        self.date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventoryId", UNSET)
        self.inventory_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uom", UNSET)
        self.uom = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("quantity", UNSET)
        self.quantity = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("billableQuantity", UNSET)
        self.billable_quantity = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("unitRate", UNSET)
        self.unit_rate = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("amount", UNSET)
        self.amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("billable", UNSET)
        self.billable = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("financialPeriod", UNSET)
        self.financial_period = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("batchNbr", UNSET)
        self.batch_nbr = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("useBillableQty", UNSET)
        self.use_billable_qty = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("debitAccount", UNSET)
        self.debit_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("debitSubaccount", UNSET)
        self.debit_subaccount = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditAccount", UNSET)
        self.credit_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditSubaccount", UNSET)
        self.credit_subaccount = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("employee", UNSET)
        self.employee = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerVendor", UNSET)
        self.customer_vendor = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("accountGroup", UNSET)
        self.account_group = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("tran_id", "tranId", False, ("model", "DtoValueOfInt64")),
        ("date", "date", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("inventory_id", "inventoryId", False, ("model", "DtoValueOfString")),
        ("uom", "uom", False, ("model", "DtoValueOfString")),
        ("quantity", "quantity", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("billable_quantity", "billableQuantity", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("unit_rate", "unitRate", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("amount", "amount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("billable", "billable", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("financial_period", "financialPeriod", False, ("model", "DtoValueOfString")),
        ("batch_nbr", "batchNbr", False, ("model", "DtoValueOfString")),
        ("use_billable_qty", "useBillableQty", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("project", "project", False, ("model", "DtoValueOfString")),
        ("project_task", "projectTask", False, ("model", "DtoValueOfString")),
        ("debit_account", "debitAccount", False, ("model", "DtoValueOfString")),
        ("debit_subaccount", "debitSubaccount", False, ("model", "DtoValueOfString")),
        ("credit_account", "creditAccount", False, ("model", "DtoValueOfString")),
        ("credit_subaccount", "creditSubaccount", False, ("model", "DtoValueOfString")),
        ("branch", "branch", False, ("model", "DtoValueOfString")),
        ("employee", "employee", False, ("model", "DtoValueOfString")),
        ("customer_vendor", "customerVendor", False, ("model", "DtoValueOfString")),
        ("account_group", "accountGroup", False, ("model", "DtoValueOfString")),
        ("location", "location", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("note", "note", False, ("model", "DtoValueOfString")),
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


_Lazy = _lazy_twin(ProjectTransactionLineUpdateDto)
