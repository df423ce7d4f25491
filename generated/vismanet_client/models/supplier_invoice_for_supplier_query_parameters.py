from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_invoice_for_supplier_query_parameters_document_type import (
    SupplierInvoiceForSupplierQueryParametersDocumentType,
)
from ..models.supplier_invoice_for_supplier_query_parameters_status import (
    SupplierInvoiceForSupplierQueryParametersStatus,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

T = TypeVar("T", bound="SupplierInvoiceForSupplierQueryParameters")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "expand_attachment",
    "expand_landed_costs",
    "document_type",
    "released",
    "project",
    "expand_approval",
    "expand_note",
    "number_to_read",
    "skip_records",
    "status",
    "expand_line_prebook_accounts",
    "branch",
    "financial_period",
    "due_date",
    "due_date_condition",
    "doc_date",
    "doc_date_condition",
    "item",
    "balance",
    "balance_condition",
    "greater_than_value",
    "last_modified_date_time",
    "last_modified_date_time_condition",
    "created_date_time",
    "created_date_time_condition",
    "page_number",
    "page_size",
)


@_attrs_define(repr=False)
class SupplierInvoiceForSupplierQueryParameters(GeneratedModel):
    """
    Attributes:
        expand_attachment (bool | Unset): Set to true if you want to see all attachments regarding this document.
        expand_landed_costs (bool | Unset): Expland landed cost lines
        document_type (SupplierInvoiceForSupplierQueryParametersDocumentType | Unset): By type of document.
        released (int | Unset): Parameter for showing if invoice has been released or not.
        project (str | Unset): Filter by the project with which the document is associated.
        expand_approval (bool | Unset): Set to true to include approval information.
        expand_note (bool | Unset): Set to true to include description.
        number_to_read (int | Unset): This field has been deprecated and will be removed in future versions. Use
            pagenumber and pagesize for pagination purposes. Pagenumber and pagesize does not work with NumberToRead and
            SkipRecords.
        skip_records (int | Unset): This field has been deprecated and will be removed in future versions. Use
            pagenumber and pagesize for pagination purposes. Pagenumber and pagesize does not work with NumberToRead and
            SkipRecords.
        status (SupplierInvoiceForSupplierQueryParametersStatus | Unset): The status of the document
        expand_line_prebook_accounts (bool | Unset): Expland line-level pre-booking account and sub-account information.
        branch (str | Unset): Filter by Branch
        financial_period (str | Unset): Filter by Financial Period, format YYYYPP
        due_date (datetime.datetime | Unset): This value indicates the date the document is due for payment. Use it to
            retrieve all records that have the Due date since that time, up to the future.

            Accepted format:
            * ```yyyy-MM-dd```
            * ```yyyy-MM-dd```
            * ```yyyy-MM-dd```
            * ```yyyy-MM-dd```
            * ```yyyy-MM-dd```

            _Note:_ __DueDate__ and __DueDateConditionCondition__ are __mutually inclusive__.
        due_date_condition (str | Unset): This value represents the condition to be applied to the Due Date when
            retrieving records.

            Accepted values (without the single quotes):
            * '&gt;' for greater than
            * '&lt;' for less than
            * '&gt;=' for greater than or equal
            * '&lt;=' for less than or equal

            _Note:_ __DueDate__ and __DueDateCondition__ are __mutually inclusive__.
        doc_date (datetime.datetime | Unset): This value indicates the document date. Use it to retrieve all records
            that have the Document Date since that time, up to the future.

            Accepted format:
            * ```yyyy-MM-dd```
            * ```yyyy-MM-dd```
            * ```yyyy-MM-dd```
            * ```yyyy-MM-dd```
            * ```yyyy-MM-dd```

            _Note:_ __Docate__ and __DocDateCondition__ are __mutually inclusive__.
        doc_date_condition (str | Unset): This value represents the condition to be applied to the Document Date when
            retrieving records.

            Accepted values (without the single quotes):
            * '&gt;' for greater than
            * '&lt;' for less than
            * '&gt;=' for greater than or equal
            * '&lt;=' for less than or equal

            _Note:_ __DocumentDate__ and __DocumentDateCondition__ are __mutually inclusive__.
        item (str | Unset): Filter by Item used into the document lines
        balance (float | Unset): This value represents balance of the payment remaining to be applied and released. Only
            released applications will count towards the balance.

            _Note:_ __Balance__ and __BalanceCondition__ are __mutually inclusive__.
        balance_condition (str | Unset): This value represents the condition to be applied to the Balance when
            retrieving records.

            Accepted values (without the single quotes):
            * '&gt;' for greater than
            * '&lt;' for less than
            * '&gt;=' for greater than or equal
            * '&lt;=' for less than or equal

            _Note:_ __Balance__ and __BalanceCondition__ are __mutually inclusive__.
        greater_than_value (str | Unset): Greater than value. The item which is the object for this, varies from API to
            API.
        last_modified_date_time (str | Unset): This value, generated by the system, indicates the last time the record
            was modified. Use it to retrieve all records that have been modified since that time, up to the present.

            Accepted format:
            * ```yyyy-MM-dd```
            * ```yyyy-MM-dd HH:mm:ss```
            * ```yyyy-MM-dd HH:mm:ss.FFF```
            * ```yyyy-MM-ddTHH:mm:ss```
            * ```yyyy-MM-ddTHH:mm:ss.FFF```

            _Note:_ __LastModifiedDateTime__ and __LastModifiedDateTimeCondition__ are __mutually inclusive__.
        last_modified_date_time_condition (str | Unset): This value represents the condition to be applied when
            retrieving records.

            Accepted values (without the single quotes):
            * '&gt;' for greater than
            * '&lt;' for less than
            * '&gt;=' for greater than or equal
            * '&lt;=' for less than or equal

            _Note:_ __LastModifiedDateTime__ and __LastModifiedDateTimeCondition__ are __mutually inclusive__.
        created_date_time (str | Unset): Creation date and time.
        created_date_time_condition (str | Unset): System-retrieved information for state/condition
        page_number (int | Unset): Pagination parameter. Page number.
        page_size (int | Unset): Pagination parameter. Number of items to be collected.
            Please use a page size lower or equal to the allowed max page size which is returned as part of the metadata
            information.
            If requested page size is greater than allowed max page size, request will be limited to max page size.
    """

    expand_attachment: bool | Unset | None = UNSET
    expand_landed_costs: bool | Unset | None = UNSET
    document_type: SupplierInvoiceForSupplierQueryParametersDocumentType | Unset | None = UNSET
    released: int | Unset | None = UNSET
    project: str | Unset | None = UNSET
    expand_approval: bool | Unset | None = UNSET
    expand_note: bool | Unset | None = UNSET
    number_to_read: int | Unset | None = UNSET
    skip_records: int | Unset | None = UNSET
    status: SupplierInvoiceForSupplierQueryParametersStatus | Unset | None = UNSET
    expand_line_prebook_accounts: bool | Unset | None = UNSET
    branch: str | Unset | None = UNSET
    financial_period: str | Unset | None = UNSET
    due_date: datetime.datetime | Unset | None = UNSET
    due_date_condition: str | Unset | None = UNSET
    doc_date: datetime.datetime | Unset | None = UNSET
    doc_date_condition: str | Unset | None = UNSET
    item: str | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    balance_condition: str | Unset | None = UNSET
    greater_than_value: str | Unset | None = UNSET
    last_modified_date_time: str | Unset | None = UNSET
    last_modified_date_time_condition: str | Unset | None = UNSET
    created_date_time: str | Unset | None = UNSET
    created_date_time_condition: str | Unset | None = UNSET
    page_number: int | Unset | None = UNSET
    page_size: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.expand_attachment
        if _value is not UNSET:
            field_dict["expandAttachment"] = _value
        _value = self.expand_landed_costs
        if _value is not UNSET:
            field_dict["expandLandedCosts"] = _value
        _value = self.document_type
        if _value is not UNSET:
            field_dict["documentType"] = _value
        _value = self.released
        if _value is not UNSET:
            field_dict["released"] = _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value
        _value = self.expand_approval
        if _value is not UNSET:
            field_dict["expandApproval"] = _value
        _value = self.expand_note
        if _value is not UNSET:
            field_dict["expandNote"] = _value
        _value = self.number_to_read
        if _value is not UNSET:
            field_dict["numberToRead"] = _value
        _value = self.skip_records
        if _value is not UNSET:
            field_dict["skipRecords"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.expand_line_prebook_accounts
        if _value is not UNSET:
            field_dict["expandLinePrebookAccounts"] = _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value
        _value = self.financial_period
        if _value is not UNSET:
            field_dict["financialPeriod"] = _value
        _value = self.due_date
        if _value is not UNSET:
            field_dict["dueDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.due_date_condition
        if _value is not UNSET:
            field_dict["dueDateCondition"] = _value
        _value = self.doc_date
        if _value is not UNSET:
            field_dict["docDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.doc_date_condition
        if _value is not UNSET:
            field_dict["docDateCondition"] = _value
        _value = self.item
        if _value is not UNSET:
            field_dict["item"] = _value
        _value = self.balance
        if _value is not UNSET:
            field_dict["balance"] = _value
        _value = self.balance_condition
        if _value is not UNSET:
            field_dict["balanceCondition"] = _value
        _value = self.greater_than_value
        if _value is not UNSET:
            field_dict["greaterThanValue"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value
        _value = self.last_modified_date_time_condition
        if _value is not UNSET:
            field_dict["lastModifiedDateTimeCondition"] = _value
        _value = self.created_date_time
        if _value is not UNSET:
            field_dict["createdDateTime"] = _value
        _value = self.created_date_time_condition
        if _value is not UNSET:
            field_dict["createdDateTimeCondition"] = _value
        _value = self.page_number
        if _value is not UNSET:
            field_dict["pageNumber"] = _value
        _value = self.page_size
        if _value is not UNSET:
            field_dict["pageSize"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierInvoiceForSupplierQueryParameters or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.expand_attachment = _rest.pop("expandAttachment", UNSET)
        self.expand_landed_costs = _rest.pop("expandLandedCosts", UNSET)
        self.document_type = _rest.pop("documentType", UNSET)
        self.released = _rest.pop("released", UNSET)
        self.project = _rest.pop("project", UNSET)
        self.expand_approval = _rest.pop("expandApproval", UNSET)
        self.expand_note = _rest.pop("expandNote", UNSET)
        self.number_to_read = _rest.pop("numberToRead", UNSET)
        self.skip_records = _rest.pop("skipRecords", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.expand_line_prebook_accounts = _rest.pop("expandLinePrebookAccounts", UNSET)
        self.branch = _rest.pop("branch", UNSET)
        self.financial_period = _rest.pop("financialPeriod", UNSET)
        _value = _rest.pop("dueDate", UNSET)
        self.due_date = _parse_datetime(_value)
        self.due_date_condition = _rest.pop("dueDateCondition", UNSET)
        _value = _rest.pop("docDate", UNSET)
        self.doc_date = _parse_datetime(_value)
        self.doc_date_condition = _rest.pop("docDateCondition", UNSET)
        self.item = _rest.pop("item", UNSET)
        self.balance = _rest.pop("balance", UNSET)
        self.balance_condition = _rest.pop("balanceCondition", UNSET)
        self.greater_than_value = _rest.pop("greaterThanValue", UNSET)
        self.last_modified_date_time = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time_condition = _rest.pop("lastModifiedDateTimeCondition", UNSET)
        self.created_date_time = _rest.pop("createdDateTime", UNSET)
        self.created_date_time_condition = _rest.pop("createdDateTimeCondition", UNSET)
        self.page_number = _rest.pop("pageNumber", UNSET)
        self.page_size = _rest.pop("pageSize", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("expand_attachment", "expandAttachment", False, "bool"),
        ("expand_landed_costs", "expandLandedCosts", False, "bool"),
        ("document_type", "documentType", False, "str"),
        ("released", "released", False, "int"),
        ("project", "project", False, "str"),
        ("expand_approval", "expandApproval", False, "bool"),
        ("expand_note", "expandNote", False, "bool"),
        ("number_to_read", "numberToRead", False, "int"),
        ("skip_records", "skipRecords", False, "int"),
        ("status", "status", False, "str"),
        ("expand_line_prebook_accounts", "expandLinePrebookAccounts", False, "bool"),
        ("branch", "branch", False, "str"),
        ("financial_period", "financialPeriod", False, "str"),
        ("due_date", "dueDate", False, "datetime"),
        ("due_date_condition", "dueDateCondition", False, "str"),
        ("doc_date", "docDate", False, "datetime"),
        ("doc_date_condition", "docDateCondition", False, "str"),
        ("item", "item", False, "str"),
        ("balance", "balance", False, "float"),
        ("balance_condition", "balanceCondition", False, "str"),
        ("greater_than_value", "greaterThanValue", False, "str"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "str"),
        ("last_modified_date_time_condition", "lastModifiedDateTimeCondition", False, "str"),
        ("created_date_time", "createdDateTime", False, "str"),
        ("created_date_time_condition", "createdDateTimeCondition", False, "str"),
        ("page_number", "pageNumber", False, "int"),
        ("page_size", "pageSize", False, "int"),
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


_Lazy = _lazy_twin(SupplierInvoiceForSupplierQueryParameters)
