from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_in_sales_order_basic_update_dto import CustomerInSalesOrderBasicUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.gln_in_sales_order_basic_update_dto import GlnInSalesOrderBasicUpdateDto
    from ..models.order_type_in_sales_order_basic_update_dto import OrderTypeInSalesOrderBasicUpdateDto
    from ..models.sales_order_basic_line_update_dto import SalesOrderBasicLineUpdateDto
    from ..models.vat_registration_id_in_sales_order_basic_update_dto import VatRegistrationIdInSalesOrderBasicUpdateDto


T = TypeVar("T", bound="SalesOrderBasicUpdateDto")


@_attrs_define
class SalesOrderBasicUpdateDto:
    """This class represent a Sales Order in Sales Order Controller. Used to pass data to server for creating or updating
    an order

        Attributes:
            order_type (OrderTypeInSalesOrderBasicUpdateDto): Mandatory field
            lines (list[SalesOrderBasicLineUpdateDto] | Unset):
            order_number (DtoValueOfString | Unset):
            hold (DtoValueOfNullableOfBoolean | Unset):
            date (DtoValueOfNullableOfDateTime | Unset):
            request_on (DtoValueOfNullableOfDateTime | Unset):
            customer_order (DtoValueOfString | Unset):
            customer_ref_no (DtoValueOfString | Unset):
            customer (CustomerInSalesOrderBasicUpdateDto | Unset): Mandatory field if GLN or VatRegistrationId is not
                specified.
            location (DtoValueOfString | Unset):
            contact_id (DtoValueOfNullableOfInt32 | Unset):
            gln (GlnInSalesOrderBasicUpdateDto | Unset): Mandatory field if Customer or VatRegistrationId is not specified.
            vat_registration_id (VatRegistrationIdInSalesOrderBasicUpdateDto | Unset): Mandatory field if Customer or GLN is
                not specified.
            currency (DtoValueOfString | Unset):
            description (DtoValueOfString | Unset):
            recalculate_shipment (DtoValueOfBoolean | Unset):
            branch_number (DtoValueOfString | Unset):
            note (DtoValueOfString | Unset):
            override_number_series (DtoValueOfBoolean | Unset):
    """

    order_type: OrderTypeInSalesOrderBasicUpdateDto
    lines: list[SalesOrderBasicLineUpdateDto] | Unset = UNSET
    order_number: DtoValueOfString | Unset = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset = UNSET
    date: DtoValueOfNullableOfDateTime | Unset = UNSET
    request_on: DtoValueOfNullableOfDateTime | Unset = UNSET
    customer_order: DtoValueOfString | Unset = UNSET
    customer_ref_no: DtoValueOfString | Unset = UNSET
    customer: CustomerInSalesOrderBasicUpdateDto | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    contact_id: DtoValueOfNullableOfInt32 | Unset = UNSET
    gln: GlnInSalesOrderBasicUpdateDto | Unset = UNSET
    vat_registration_id: VatRegistrationIdInSalesOrderBasicUpdateDto | Unset = UNSET
    currency: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    recalculate_shipment: DtoValueOfBoolean | Unset = UNSET
    branch_number: DtoValueOfString | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    override_number_series: DtoValueOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type = self.order_type.to_dict()

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        order_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_number, Unset):
            order_number = self.order_number.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        request_on: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_on, Unset):
            request_on = self.request_on.to_dict()

        customer_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_order, Unset):
            customer_order = self.customer_order.to_dict()

        customer_ref_no: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ref_no, Unset):
            customer_ref_no = self.customer_ref_no.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        contact_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_id, Unset):
            contact_id = self.contact_id.to_dict()

        gln: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gln, Unset):
            gln = self.gln.to_dict()

        vat_registration_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_registration_id, Unset):
            vat_registration_id = self.vat_registration_id.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        recalculate_shipment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recalculate_shipment, Unset):
            recalculate_shipment = self.recalculate_shipment.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        override_number_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_number_series, Unset):
            override_number_series = self.override_number_series.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderType": order_type,
            }
        )
        if lines is not UNSET:
            field_dict["lines"] = lines
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
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
        if location is not UNSET:
            field_dict["location"] = location
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if gln is not UNSET:
            field_dict["gln"] = gln
        if vat_registration_id is not UNSET:
            field_dict["vatRegistrationId"] = vat_registration_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if recalculate_shipment is not UNSET:
            field_dict["recalculateShipment"] = recalculate_shipment
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if note is not UNSET:
            field_dict["note"] = note
        if override_number_series is not UNSET:
            field_dict["overrideNumberSeries"] = override_number_series

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_in_sales_order_basic_update_dto import CustomerInSalesOrderBasicUpdateDto
        from ..models.dto_value_of_boolean import DtoValueOfBoolean
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
        from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.gln_in_sales_order_basic_update_dto import GlnInSalesOrderBasicUpdateDto
        from ..models.order_type_in_sales_order_basic_update_dto import OrderTypeInSalesOrderBasicUpdateDto
        from ..models.sales_order_basic_line_update_dto import SalesOrderBasicLineUpdateDto
        from ..models.vat_registration_id_in_sales_order_basic_update_dto import (
            VatRegistrationIdInSalesOrderBasicUpdateDto,
        )

        d = dict(src_dict)
        order_type = OrderTypeInSalesOrderBasicUpdateDto.from_dict(d.pop("orderType"))

        _lines = d.pop("lines", UNSET)
        lines: list[SalesOrderBasicLineUpdateDto] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = SalesOrderBasicLineUpdateDto.from_dict(lines_item_data)

                lines.append(lines_item)

        _order_number = d.pop("orderNumber", UNSET)
        order_number: DtoValueOfString | Unset
        if isinstance(_order_number, Unset):
            order_number = UNSET
        else:
            order_number = DtoValueOfString.from_dict(_order_number)

        _hold = d.pop("hold", UNSET)
        hold: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = DtoValueOfNullableOfBoolean.from_dict(_hold)

        _date = d.pop("date", UNSET)
        date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = DtoValueOfNullableOfDateTime.from_dict(_date)

        _request_on = d.pop("requestOn", UNSET)
        request_on: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_request_on, Unset):
            request_on = UNSET
        else:
            request_on = DtoValueOfNullableOfDateTime.from_dict(_request_on)

        _customer_order = d.pop("customerOrder", UNSET)
        customer_order: DtoValueOfString | Unset
        if isinstance(_customer_order, Unset):
            customer_order = UNSET
        else:
            customer_order = DtoValueOfString.from_dict(_customer_order)

        _customer_ref_no = d.pop("customerRefNo", UNSET)
        customer_ref_no: DtoValueOfString | Unset
        if isinstance(_customer_ref_no, Unset):
            customer_ref_no = UNSET
        else:
            customer_ref_no = DtoValueOfString.from_dict(_customer_ref_no)

        _customer = d.pop("customer", UNSET)
        customer: CustomerInSalesOrderBasicUpdateDto | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerInSalesOrderBasicUpdateDto.from_dict(_customer)

        _location = d.pop("location", UNSET)
        location: DtoValueOfString | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = DtoValueOfString.from_dict(_location)

        _contact_id = d.pop("contactId", UNSET)
        contact_id: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = DtoValueOfNullableOfInt32.from_dict(_contact_id)

        _gln = d.pop("gln", UNSET)
        gln: GlnInSalesOrderBasicUpdateDto | Unset
        if isinstance(_gln, Unset):
            gln = UNSET
        else:
            gln = GlnInSalesOrderBasicUpdateDto.from_dict(_gln)

        _vat_registration_id = d.pop("vatRegistrationId", UNSET)
        vat_registration_id: VatRegistrationIdInSalesOrderBasicUpdateDto | Unset
        if isinstance(_vat_registration_id, Unset):
            vat_registration_id = UNSET
        else:
            vat_registration_id = VatRegistrationIdInSalesOrderBasicUpdateDto.from_dict(_vat_registration_id)

        _currency = d.pop("currency", UNSET)
        currency: DtoValueOfString | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = DtoValueOfString.from_dict(_currency)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _recalculate_shipment = d.pop("recalculateShipment", UNSET)
        recalculate_shipment: DtoValueOfBoolean | Unset
        if isinstance(_recalculate_shipment, Unset):
            recalculate_shipment = UNSET
        else:
            recalculate_shipment = DtoValueOfBoolean.from_dict(_recalculate_shipment)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: DtoValueOfString | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = DtoValueOfString.from_dict(_branch_number)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        _override_number_series = d.pop("overrideNumberSeries", UNSET)
        override_number_series: DtoValueOfBoolean | Unset
        if isinstance(_override_number_series, Unset):
            override_number_series = UNSET
        else:
            override_number_series = DtoValueOfBoolean.from_dict(_override_number_series)

        sales_order_basic_update_dto = cls(
            order_type=order_type,
            lines=lines,
            order_number=order_number,
            hold=hold,
            date=date,
            request_on=request_on,
            customer_order=customer_order,
            customer_ref_no=customer_ref_no,
            customer=customer,
            location=location,
            contact_id=contact_id,
            gln=gln,
            vat_registration_id=vat_registration_id,
            currency=currency,
            description=description,
            recalculate_shipment=recalculate_shipment,
            branch_number=branch_number,
            note=note,
            override_number_series=override_number_series,
        )

        sales_order_basic_update_dto.additional_properties = d
        return sales_order_basic_update_dto

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
