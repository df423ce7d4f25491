from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_document_for_supplier_query_parameters_document_type import (
    SupplierDocumentForSupplierQueryParametersDocumentType,
)
from ..models.supplier_document_for_supplier_query_parameters_status import (
    SupplierDocumentForSupplierQueryParametersStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SupplierDocumentForSupplierQueryParameters")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
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
class SupplierDocumentForSupplierQueryParameters:
    """
    Attributes:
        document_type (SupplierDocumentForSupplierQueryParametersDocumentType | Unset): By type of document.
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
        status (SupplierDocumentForSupplierQueryParametersStatus | Unset): The status of the document
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

    document_type: SupplierDocumentForSupplierQueryParametersDocumentType | Unset = UNSET
    released: int | Unset = UNSET
    project: str | Unset = UNSET
    expand_approval: bool | Unset = UNSET
    expand_note: bool | Unset = UNSET
    number_to_read: int | Unset = UNSET
    skip_records: int | Unset = UNSET
    status: SupplierDocumentForSupplierQueryParametersStatus | Unset = UNSET
    expand_line_prebook_accounts: bool | Unset = UNSET
    branch: str | Unset = UNSET
    financial_period: str | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    due_date_condition: str | Unset = UNSET
    doc_date: datetime.datetime | Unset = UNSET
    doc_date_condition: str | Unset = UNSET
    item: str | Unset = UNSET
    balance: float | Unset = UNSET
    balance_condition: str | Unset = UNSET
    greater_than_value: str | Unset = UNSET
    last_modified_date_time: str | Unset = UNSET
    last_modified_date_time_condition: str | Unset = UNSET
    created_date_time: str | Unset = UNSET
    created_date_time_condition: str | Unset = UNSET
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type

        released = self.released

        project = self.project

        expand_approval = self.expand_approval

        expand_note = self.expand_note

        number_to_read = self.number_to_read

        skip_records = self.skip_records

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        expand_line_prebook_accounts = self.expand_line_prebook_accounts

        branch = self.branch

        financial_period = self.financial_period

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        due_date_condition = self.due_date_condition

        doc_date: str | Unset = UNSET
        if not isinstance(self.doc_date, Unset):
            doc_date = self.doc_date.isoformat()

        doc_date_condition = self.doc_date_condition

        item = self.item

        balance = self.balance

        balance_condition = self.balance_condition

        greater_than_value = self.greater_than_value

        last_modified_date_time = self.last_modified_date_time

        last_modified_date_time_condition = self.last_modified_date_time_condition

        created_date_time = self.created_date_time

        created_date_time_condition = self.created_date_time_condition

        page_number = self.page_number

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if released is not UNSET:
            field_dict["released"] = released
        if project is not UNSET:
            field_dict["project"] = project
        if expand_approval is not UNSET:
            field_dict["expandApproval"] = expand_approval
        if expand_note is not UNSET:
            field_dict["expandNote"] = expand_note
        if number_to_read is not UNSET:
            field_dict["numberToRead"] = number_to_read
        if skip_records is not UNSET:
            field_dict["skipRecords"] = skip_records
        if status is not UNSET:
            field_dict["status"] = status
        if expand_line_prebook_accounts is not UNSET:
            field_dict["expandLinePrebookAccounts"] = expand_line_prebook_accounts
        if branch is not UNSET:
            field_dict["branch"] = branch
        if financial_period is not UNSET:
            field_dict["financialPeriod"] = financial_period
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if due_date_condition is not UNSET:
            field_dict["dueDateCondition"] = due_date_condition
        if doc_date is not UNSET:
            field_dict["docDate"] = doc_date
        if doc_date_condition is not UNSET:
            field_dict["docDateCondition"] = doc_date_condition
        if item is not UNSET:
            field_dict["item"] = item
        if balance is not UNSET:
            field_dict["balance"] = balance
        if balance_condition is not UNSET:
            field_dict["balanceCondition"] = balance_condition
        if greater_than_value is not UNSET:
            field_dict["greaterThanValue"] = greater_than_value
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if last_modified_date_time_condition is not UNSET:
            field_dict["lastModifiedDateTimeCondition"] = last_modified_date_time_condition
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if created_date_time_condition is not UNSET:
            field_dict["createdDateTimeCondition"] = created_date_time_condition
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.document_type = _rest.pop("documentType", UNSET)
        _instance.released = _rest.pop("released", UNSET)
        _instance.project = _rest.pop("project", UNSET)
        _instance.expand_approval = _rest.pop("expandApproval", UNSET)
        _instance.expand_note = _rest.pop("expandNote", UNSET)
        _instance.number_to_read = _rest.pop("numberToRead", UNSET)
        _instance.skip_records = _rest.pop("skipRecords", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.expand_line_prebook_accounts = _rest.pop("expandLinePrebookAccounts", UNSET)
        _instance.branch = _rest.pop("branch", UNSET)
        _instance.financial_period = _rest.pop("financialPeriod", UNSET)
        _value = _rest.pop("dueDate", UNSET)
        _instance.due_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.due_date_condition = _rest.pop("dueDateCondition", UNSET)
        _value = _rest.pop("docDate", UNSET)
        _instance.doc_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.doc_date_condition = _rest.pop("docDateCondition", UNSET)
        _instance.item = _rest.pop("item", UNSET)
        _instance.balance = _rest.pop("balance", UNSET)
        _instance.balance_condition = _rest.pop("balanceCondition", UNSET)
        _instance.greater_than_value = _rest.pop("greaterThanValue", UNSET)
        _instance.last_modified_date_time = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time_condition = _rest.pop("lastModifiedDateTimeCondition", UNSET)
        _instance.created_date_time = _rest.pop("createdDateTime", UNSET)
        _instance.created_date_time_condition = _rest.pop("createdDateTimeCondition", UNSET)
        _instance.page_number = _rest.pop("pageNumber", UNSET)
        _instance.page_size = _rest.pop("pageSize", UNSET)
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
