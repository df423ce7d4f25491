from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.sales_order_basic_dto_status import SalesOrderBasicDtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class SalesOrderBasicDto(GeneratedModel):
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

    lines: list[SalesOrderDocumentLineDto] | Unset | None = UNSET
    order_type: str | Unset | None = UNSET
    order_no: str | Unset | None = UNSET
    status: SalesOrderBasicDtoStatus | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    request_on: datetime.datetime | Unset | None = UNSET
    customer_order: str | Unset | None = UNSET
    customer_ref_no: str | Unset | None = UNSET
    customer: CustomerInSalesOrderBasicDto | Unset | None = UNSET
    contact_id: int | Unset | None = UNSET
    location: LocationInSalesOrderBasicDto | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    order_total: float | Unset | None = UNSET
    order_total_in_base_currency: float | Unset | None = UNSET
    vat_taxable_total: float | Unset | None = UNSET
    vat_taxable_total_in_base_currency: float | Unset | None = UNSET
    vat_exempt_total: float | Unset | None = UNSET
    vat_exempt_total_in_base_currency: float | Unset | None = UNSET
    tax_total: float | Unset | None = UNSET
    tax_total_in_base_currency: float | Unset | None = UNSET
    exchange_rate: float | Unset | None = UNSET
    discount_total: float | Unset | None = UNSET
    discount_total_in_base_currency: float | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    branch_number: BranchNumberInSalesOrderBasicDto | Unset | None = UNSET
    note: str | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.lines
        if _value is not UNSET:
            field_dict["lines"] = (
                [
                    lines_item_data.to_dict() if isinstance(lines_item_data, GeneratedModel) else lines_item_data
                    for lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.order_type
        if _value is not UNSET:
            field_dict["orderType"] = _value
        _value = self.order_no
        if _value is not UNSET:
            field_dict["orderNo"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.request_on
        if _value is not UNSET:
            field_dict["requestOn"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.customer_order
        if _value is not UNSET:
            field_dict["customerOrder"] = _value
        _value = self.customer_ref_no
        if _value is not UNSET:
            field_dict["customerRefNo"] = _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contact_id
        if _value is not UNSET:
            field_dict["contactId"] = _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.order_total
        if _value is not UNSET:
            field_dict["orderTotal"] = _value
        _value = self.order_total_in_base_currency
        if _value is not UNSET:
            field_dict["orderTotalInBaseCurrency"] = _value
        _value = self.vat_taxable_total
        if _value is not UNSET:
            field_dict["vatTaxableTotal"] = _value
        _value = self.vat_taxable_total_in_base_currency
        if _value is not UNSET:
            field_dict["vatTaxableTotalInBaseCurrency"] = _value
        _value = self.vat_exempt_total
        if _value is not UNSET:
            field_dict["vatExemptTotal"] = _value
        _value = self.vat_exempt_total_in_base_currency
        if _value is not UNSET:
            field_dict["vatExemptTotalInBaseCurrency"] = _value
        _value = self.tax_total
        if _value is not UNSET:
            field_dict["taxTotal"] = _value
        _value = self.tax_total_in_base_currency
        if _value is not UNSET:
            field_dict["taxTotalInBaseCurrency"] = _value
        _value = self.exchange_rate
        if _value is not UNSET:
            field_dict["exchangeRate"] = _value
        _value = self.discount_total
        if _value is not UNSET:
            field_dict["discountTotal"] = _value
        _value = self.discount_total_in_base_currency
        if _value is not UNSET:
            field_dict["discountTotalInBaseCurrency"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.attachments
        if _value is not UNSET:
            field_dict["attachments"] = (
                [
                    attachments_item_data.to_dict()
                    if isinstance(attachments_item_data, GeneratedModel)
                    else attachments_item_data
                    for attachments_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
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
        if cls is not SalesOrderBasicDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("lines", UNSET)
        self.lines = (
            [
                _models.SalesOrderDocumentLineDto._vn_fill(_new(_models.SalesOrderDocumentLineDto), lines_item_data)
                if isinstance(lines_item_data, dict)
                else lines_item_data
                for lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.order_type = _rest.pop("orderType", UNSET)
        self.order_no = _rest.pop("orderNo", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.hold = _rest.pop("hold", UNSET)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        _value = _rest.pop("requestOn", UNSET)
        self.request_on = _parse_datetime(_value)
        self.customer_order = _rest.pop("customerOrder", UNSET)
        self.customer_ref_no = _rest.pop("customerRefNo", UNSET)
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInSalesOrderBasicDto._vn_fill(_new(_models.CustomerInSalesOrderBasicDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.contact_id = _rest.pop("contactId", UNSET)
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInSalesOrderBasicDto._vn_fill(_new(_models.LocationInSalesOrderBasicDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.currency = _rest.pop("currency", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.order_total = _rest.pop("orderTotal", UNSET)
        self.order_total_in_base_currency = _rest.pop("orderTotalInBaseCurrency", UNSET)
        self.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        self.vat_taxable_total_in_base_currency = _rest.pop("vatTaxableTotalInBaseCurrency", UNSET)
        self.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        self.vat_exempt_total_in_base_currency = _rest.pop("vatExemptTotalInBaseCurrency", UNSET)
        self.tax_total = _rest.pop("taxTotal", UNSET)
        self.tax_total_in_base_currency = _rest.pop("taxTotalInBaseCurrency", UNSET)
        self.exchange_rate = _rest.pop("exchangeRate", UNSET)
        self.discount_total = _rest.pop("discountTotal", UNSET)
        self.discount_total_in_base_currency = _rest.pop("discountTotalInBaseCurrency", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberInSalesOrderBasicDto._vn_fill(_new(_models.BranchNumberInSalesOrderBasicDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.note = _rest.pop("note", UNSET)
        _value = _rest.pop("attachments", UNSET)
        self.attachments = (
            [
                _models.AttachmentDto._vn_fill(_new(_models.AttachmentDto), attachments_item_data)
                if isinstance(attachments_item_data, dict)
                else attachments_item_data
                for attachments_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
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
        ("lines", "lines", False, ("list", ("model", "SalesOrderDocumentLineDto"))),
        ("order_type", "orderType", False, "str"),
        ("order_no", "orderNo", False, "str"),
        ("status", "status", False, "str"),
        ("hold", "hold", False, "bool"),
        ("date", "date", False, "datetime"),
        ("request_on", "requestOn", False, "datetime"),
        ("customer_order", "customerOrder", False, "str"),
        ("customer_ref_no", "customerRefNo", False, "str"),
        ("customer", "customer", False, ("model", "CustomerInSalesOrderBasicDto")),
        ("contact_id", "contactId", False, "int"),
        ("location", "location", False, ("model", "LocationInSalesOrderBasicDto")),
        ("currency", "currency", False, "str"),
        ("description", "description", False, "str"),
        ("order_total", "orderTotal", False, "float"),
        ("order_total_in_base_currency", "orderTotalInBaseCurrency", False, "float"),
        ("vat_taxable_total", "vatTaxableTotal", False, "float"),
        ("vat_taxable_total_in_base_currency", "vatTaxableTotalInBaseCurrency", False, "float"),
        ("vat_exempt_total", "vatExemptTotal", False, "float"),
        ("vat_exempt_total_in_base_currency", "vatExemptTotalInBaseCurrency", False, "float"),
        ("tax_total", "taxTotal", False, "float"),
        ("tax_total_in_base_currency", "taxTotalInBaseCurrency", False, "float"),
        ("exchange_rate", "exchangeRate", False, "float"),
        ("discount_total", "discountTotal", False, "float"),
        ("discount_total_in_base_currency", "discountTotalInBaseCurrency", False, "float"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInSalesOrderBasicDto")),
        ("note", "note", False, "str"),
        ("attachments", "attachments", False, ("list", ("model", "AttachmentDto"))),
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


_Lazy = _lazy_twin(SalesOrderBasicDto)
