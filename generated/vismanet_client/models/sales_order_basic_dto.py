from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_order_basic_dto_status import SalesOrderBasicDtoStatus, check_sales_order_basic_dto_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_in_sales_order_basic_dto import BranchNumberInSalesOrderBasicDto
    from ..models.customer_in_sales_order_basic_dto import CustomerInSalesOrderBasicDto
    from ..models.location_in_sales_order_basic_dto import LocationInSalesOrderBasicDto
    from ..models.metadata_dto import MetadataDto
    from ..models.sales_order_document_line_dto import SalesOrderDocumentLineDto


T = TypeVar("T", bound="SalesOrderBasicDto")


@_attrs_define
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
        from ..models.attachment_dto import AttachmentDto
        from ..models.branch_number_in_sales_order_basic_dto import BranchNumberInSalesOrderBasicDto
        from ..models.customer_in_sales_order_basic_dto import CustomerInSalesOrderBasicDto
        from ..models.location_in_sales_order_basic_dto import LocationInSalesOrderBasicDto
        from ..models.metadata_dto import MetadataDto
        from ..models.sales_order_document_line_dto import SalesOrderDocumentLineDto

        d = dict(src_dict)
        _lines = d.pop("lines", UNSET)
        lines: list[SalesOrderDocumentLineDto] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = SalesOrderDocumentLineDto.from_dict(lines_item_data)

                lines.append(lines_item)

        order_type = d.pop("orderType", UNSET)

        order_no = d.pop("orderNo", UNSET)

        _status = d.pop("status", UNSET)
        status: SalesOrderBasicDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_sales_order_basic_dto_status(_status)

        hold = d.pop("hold", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        _request_on = d.pop("requestOn", UNSET)
        request_on: datetime.datetime | Unset
        if isinstance(_request_on, Unset):
            request_on = UNSET
        else:
            request_on = datetime.datetime.fromisoformat(_request_on)

        customer_order = d.pop("customerOrder", UNSET)

        customer_ref_no = d.pop("customerRefNo", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: CustomerInSalesOrderBasicDto | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerInSalesOrderBasicDto.from_dict(_customer)

        contact_id = d.pop("contactId", UNSET)

        _location = d.pop("location", UNSET)
        location: LocationInSalesOrderBasicDto | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationInSalesOrderBasicDto.from_dict(_location)

        currency = d.pop("currency", UNSET)

        description = d.pop("description", UNSET)

        order_total = d.pop("orderTotal", UNSET)

        order_total_in_base_currency = d.pop("orderTotalInBaseCurrency", UNSET)

        vat_taxable_total = d.pop("vatTaxableTotal", UNSET)

        vat_taxable_total_in_base_currency = d.pop("vatTaxableTotalInBaseCurrency", UNSET)

        vat_exempt_total = d.pop("vatExemptTotal", UNSET)

        vat_exempt_total_in_base_currency = d.pop("vatExemptTotalInBaseCurrency", UNSET)

        tax_total = d.pop("taxTotal", UNSET)

        tax_total_in_base_currency = d.pop("taxTotalInBaseCurrency", UNSET)

        exchange_rate = d.pop("exchangeRate", UNSET)

        discount_total = d.pop("discountTotal", UNSET)

        discount_total_in_base_currency = d.pop("discountTotalInBaseCurrency", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: BranchNumberInSalesOrderBasicDto | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = BranchNumberInSalesOrderBasicDto.from_dict(_branch_number)

        note = d.pop("note", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentDto] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentDto.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        sales_order_basic_dto = cls(
            lines=lines,
            order_type=order_type,
            order_no=order_no,
            status=status,
            hold=hold,
            date=date,
            request_on=request_on,
            customer_order=customer_order,
            customer_ref_no=customer_ref_no,
            customer=customer,
            contact_id=contact_id,
            location=location,
            currency=currency,
            description=description,
            order_total=order_total,
            order_total_in_base_currency=order_total_in_base_currency,
            vat_taxable_total=vat_taxable_total,
            vat_taxable_total_in_base_currency=vat_taxable_total_in_base_currency,
            vat_exempt_total=vat_exempt_total,
            vat_exempt_total_in_base_currency=vat_exempt_total_in_base_currency,
            tax_total=tax_total,
            tax_total_in_base_currency=tax_total_in_base_currency,
            exchange_rate=exchange_rate,
            discount_total=discount_total,
            discount_total_in_base_currency=discount_total_in_base_currency,
            last_modified_date_time=last_modified_date_time,
            branch_number=branch_number,
            note=note,
            attachments=attachments,
            error_info=error_info,
            metadata=metadata,
        )

        sales_order_basic_dto.additional_properties = d
        return sales_order_basic_dto

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
