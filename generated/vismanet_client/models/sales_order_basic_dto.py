from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.sales_order_basic_dto_status import SalesOrderBasicDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_in_sales_order_basic_dto import BranchNumberInSalesOrderBasicDto
    from ..models.customer_in_sales_order_basic_dto import CustomerInSalesOrderBasicDto
    from ..models.location_in_sales_order_basic_dto import LocationInSalesOrderBasicDto
    from ..models.metadata_dto import MetadataDto
    from ..models.sales_order_document_line_dto import SalesOrderDocumentLineDto


T = TypeVar("T", bound="SalesOrderBasicDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "lines",
    "order_type",
    "order_no",
    "status",
    "hold",
    "date",
    "request_on",
    "customer_order",
    "customer_ref_no",
    "customer",
    "contact_id",
    "location",
    "currency",
    "description",
    "order_total",
    "order_total_in_base_currency",
    "vat_taxable_total",
    "vat_taxable_total_in_base_currency",
    "vat_exempt_total",
    "vat_exempt_total_in_base_currency",
    "tax_total",
    "tax_total_in_base_currency",
    "exchange_rate",
    "discount_total",
    "discount_total_in_base_currency",
    "last_modified_date_time",
    "branch_number",
    "note",
    "attachments",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class SalesOrderBasicDto:
    """This class represents a SOOrder in SOOrderController. Used by getting data.

    Attributes:
        lines (list[SalesOrderDocumentLineDto] | Unset):
        order_type (str | Unset): Mandatory field: The top part &gt; Order type &gt; The type of the document, which is
            one of the predefined order types or a custom order type created by using the (SO201000) window.
        order_no (str | Unset): The top part &gt; Order no.: &gt; The reference number of the document.
        status (SalesOrderBasicDtoStatus | Unset): The top part &gt; Status &gt; The status of the document, which can
            be one of the following options: On hold, Credit hold, Pending a????roval, Rejected, Open, Cancelled, Shipping,
            Back order, Invoiced, Completed.
        hold (bool | Unset): The top part &gt; Hold &gt; A check box that you select if the document is on hold and
            should not be processed further at this time.
        date (datetime.datetime | Unset): Mandatory field: The top part &gt; Date* &gt;  The date of the document.
        request_on (datetime.datetime | Unset): Mandatory field: The top part &gt; Requested on &gt; The date when the
            customer wants to receive the goods; this date provides the default values for the Requested on dates for order
            lines.
        customer_order (str | Unset): The top part &gt; Customer order &gt; The reference number of the original
            customer document that the sales order is based on.
        customer_ref_no (str | Unset): The top part &gt; External reference &gt; The reference number of the sales order
            in a third-party application if Visma.net Financials is integrated with such an application and imports the
            sales orders from it.
        customer (CustomerInSalesOrderBasicDto | Unset): The top part &gt; Customer &gt; The customer that has ordered
            the goods or services.
        contact_id (int | Unset): The top part &gt; Contact &gt; The contact person of the customer.
        location (LocationInSalesOrderBasicDto | Unset): Mandatory field: The top part &gt; Location* &gt; The customer
            location from which the goods or services have been ordered or, if the sales order is created from an
            opportunity, the customer location specified for the opportunity.
        currency (str | Unset): The top part &gt; Currency &gt; The currency of the document.
        description (str | Unset): The top part &gt; Description &gt; A brief description of the document.
        order_total (float | Unset): The top part &gt; Order total &gt; The total amount of the document, which is
            calculated as follows:
            Line Total + Misc.Charges + Freight + Premium Freight ??? Discount Total+ Tax Total
        order_total_in_base_currency (float | Unset):
        vat_taxable_total (float | Unset): The top part &gt; VAT taxable total &gt; The document total that is subject
            to VAT.
        vat_taxable_total_in_base_currency (float | Unset):
        vat_exempt_total (float | Unset): The top part &gt; VAT exempt total &gt; The document total that is exempt from
            VAT.
        vat_exempt_total_in_base_currency (float | Unset):
        tax_total (float | Unset): The top part &gt; VAT total &gt; The total amount of tax paid on the document.
        tax_total_in_base_currency (float | Unset):
        exchange_rate (float | Unset):
        discount_total (float | Unset):
        discount_total_in_base_currency (float | Unset):
        last_modified_date_time (datetime.datetime | Unset): Background information collected from the system.
        branch_number (BranchNumberInSalesOrderBasicDto | Unset): Mandatory field: Document details tab &gt; Branch*
            &gt; The branch of the company.
        note (str | Unset): Icon Notes on top of the window &gt; Pop-up window for providing any user-defined text
            connected to the order.
        attachments (list[AttachmentDto] | Unset): The data containing information about the document attachments
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    lines: list[SalesOrderDocumentLineDto] | Unset = UNSET
    order_type: str | Unset = UNSET
    order_no: str | Unset = UNSET
    status: SalesOrderBasicDtoStatus | Unset = UNSET
    hold: bool | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    request_on: datetime.datetime | Unset = UNSET
    customer_order: str | Unset = UNSET
    customer_ref_no: str | Unset = UNSET
    customer: CustomerInSalesOrderBasicDto | Unset = UNSET
    contact_id: int | Unset = UNSET
    location: LocationInSalesOrderBasicDto | Unset = UNSET
    currency: str | Unset = UNSET
    description: str | Unset = UNSET
    order_total: float | Unset = UNSET
    order_total_in_base_currency: float | Unset = UNSET
    vat_taxable_total: float | Unset = UNSET
    vat_taxable_total_in_base_currency: float | Unset = UNSET
    vat_exempt_total: float | Unset = UNSET
    vat_exempt_total_in_base_currency: float | Unset = UNSET
    tax_total: float | Unset = UNSET
    tax_total_in_base_currency: float | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    discount_total: float | Unset = UNSET
    discount_total_in_base_currency: float | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    branch_number: BranchNumberInSalesOrderBasicDto | Unset = UNSET
    note: str | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        order_type = self.order_type

        order_no = self.order_no

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        hold = self.hold

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        request_on: str | Unset = UNSET
        if not isinstance(self.request_on, Unset):
            request_on = self.request_on.isoformat()

        customer_order = self.customer_order

        customer_ref_no = self.customer_ref_no

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        contact_id = self.contact_id

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        currency = self.currency

        description = self.description

        order_total = self.order_total

        order_total_in_base_currency = self.order_total_in_base_currency

        vat_taxable_total = self.vat_taxable_total

        vat_taxable_total_in_base_currency = self.vat_taxable_total_in_base_currency

        vat_exempt_total = self.vat_exempt_total

        vat_exempt_total_in_base_currency = self.vat_exempt_total_in_base_currency

        tax_total = self.tax_total

        tax_total_in_base_currency = self.tax_total_in_base_currency

        exchange_rate = self.exchange_rate

        discount_total = self.discount_total

        discount_total_in_base_currency = self.discount_total_in_base_currency

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        note = self.note

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lines is not UNSET:
            field_dict["lines"] = lines
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_no is not UNSET:
            field_dict["orderNo"] = order_no
        if status is not UNSET:
            field_dict["status"] = status
        if hold is not UNSET:
            field_dict["hold"] = hold
        if date is not UNSET:
            field_dict["date"] = date
        if request_on is not UNSET:
            field_dict["requestOn"] = request_on
        if customer_order is not UNSET:
            field_dict["customerOrder"] = customer_order
        if customer_ref_no is not UNSET:
            field_dict["customerRefNo"] = customer_ref_no
        if customer is not UNSET:
            field_dict["customer"] = customer
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if location is not UNSET:
            field_dict["location"] = location
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if order_total is not UNSET:
            field_dict["orderTotal"] = order_total
        if order_total_in_base_currency is not UNSET:
            field_dict["orderTotalInBaseCurrency"] = order_total_in_base_currency
        if vat_taxable_total is not UNSET:
            field_dict["vatTaxableTotal"] = vat_taxable_total
        if vat_taxable_total_in_base_currency is not UNSET:
            field_dict["vatTaxableTotalInBaseCurrency"] = vat_taxable_total_in_base_currency
        if vat_exempt_total is not UNSET:
            field_dict["vatExemptTotal"] = vat_exempt_total
        if vat_exempt_total_in_base_currency is not UNSET:
            field_dict["vatExemptTotalInBaseCurrency"] = vat_exempt_total_in_base_currency
        if tax_total is not UNSET:
            field_dict["taxTotal"] = tax_total
        if tax_total_in_base_currency is not UNSET:
            field_dict["taxTotalInBaseCurrency"] = tax_total_in_base_currency
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if discount_total is not UNSET:
            field_dict["discountTotal"] = discount_total
        if discount_total_in_base_currency is not UNSET:
            field_dict["discountTotalInBaseCurrency"] = discount_total_in_base_currency
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if note is not UNSET:
            field_dict["note"] = note
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
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
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [_models.SalesOrderDocumentLineDto.from_dict(lines_item_data) for lines_item_data in _value]
        )
        _instance.order_type = _rest.pop("orderType", UNSET)
        _instance.order_no = _rest.pop("orderNo", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("requestOn", UNSET)
        _instance.request_on = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.customer_order = _rest.pop("customerOrder", UNSET)
        _instance.customer_ref_no = _rest.pop("customerRefNo", UNSET)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInSalesOrderBasicDto.from_dict(_value)
        _instance.contact_id = _rest.pop("contactId", UNSET)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInSalesOrderBasicDto.from_dict(_value)
        _instance.currency = _rest.pop("currency", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.order_total = _rest.pop("orderTotal", UNSET)
        _instance.order_total_in_base_currency = _rest.pop("orderTotalInBaseCurrency", UNSET)
        _instance.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        _instance.vat_taxable_total_in_base_currency = _rest.pop("vatTaxableTotalInBaseCurrency", UNSET)
        _instance.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        _instance.vat_exempt_total_in_base_currency = _rest.pop("vatExemptTotalInBaseCurrency", UNSET)
        _instance.tax_total = _rest.pop("taxTotal", UNSET)
        _instance.tax_total_in_base_currency = _rest.pop("taxTotalInBaseCurrency", UNSET)
        _instance.exchange_rate = _rest.pop("exchangeRate", UNSET)
        _instance.discount_total = _rest.pop("discountTotal", UNSET)
        _instance.discount_total_in_base_currency = _rest.pop("discountTotalInBaseCurrency", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = (
            UNSET if _value is UNSET else _models.BranchNumberInSalesOrderBasicDto.from_dict(_value)
        )
        _instance.note = _rest.pop("note", UNSET)
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
        )
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
