from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
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

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "order_type",
    "lines",
    "order_number",
    "hold",
    "date",
    "request_on",
    "customer_order",
    "customer_ref_no",
    "customer",
    "location",
    "contact_id",
    "gln",
    "vat_registration_id",
    "currency",
    "description",
    "recalculate_shipment",
    "branch_number",
    "note",
    "override_number_series",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("orderType")
        _instance.order_type = _models.OrderTypeInSalesOrderBasicUpdateDto.from_dict(_value)
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [_models.SalesOrderBasicLineUpdateDto.from_dict(lines_item_data) for lines_item_data in _value]
        )
        _value = _rest.pop("orderNumber", UNSET)
        _instance.order_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("requestOn", UNSET)
        _instance.request_on = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("customerOrder", UNSET)
        _instance.customer_order = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customerRefNo", UNSET)
        _instance.customer_ref_no = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInSalesOrderBasicUpdateDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("contactId", UNSET)
        _instance.contact_id = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        _value = _rest.pop("gln", UNSET)
        _instance.gln = UNSET if _value is UNSET else _models.GlnInSalesOrderBasicUpdateDto.from_dict(_value)
        _value = _rest.pop("vatRegistrationId", UNSET)
        _instance.vat_registration_id = (
            UNSET if _value is UNSET else _models.VatRegistrationIdInSalesOrderBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("recalculateShipment", UNSET)
        _instance.recalculate_shipment = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("overrideNumberSeries", UNSET)
        _instance.override_number_series = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
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
