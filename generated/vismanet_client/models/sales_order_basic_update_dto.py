from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class SalesOrderBasicUpdateDto(GeneratedModel):
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

    order_type: OrderTypeInSalesOrderBasicUpdateDto | None
    lines: list[SalesOrderBasicLineUpdateDto] | Unset | None = UNSET
    order_number: DtoValueOfString | Unset | None = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    request_on: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    customer_order: DtoValueOfString | Unset | None = UNSET
    customer_ref_no: DtoValueOfString | Unset | None = UNSET
    customer: CustomerInSalesOrderBasicUpdateDto | Unset | None = UNSET
    location: DtoValueOfString | Unset | None = UNSET
    contact_id: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    gln: GlnInSalesOrderBasicUpdateDto | Unset | None = UNSET
    vat_registration_id: VatRegistrationIdInSalesOrderBasicUpdateDto | Unset | None = UNSET
    currency: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    recalculate_shipment: DtoValueOfBoolean | Unset | None = UNSET
    branch_number: DtoValueOfString | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    override_number_series: DtoValueOfBoolean | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.order_type
        if _value is not UNSET:
            field_dict["orderType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.order_number
        if _value is not UNSET:
            field_dict["orderNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.request_on
        if _value is not UNSET:
            field_dict["requestOn"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_order
        if _value is not UNSET:
            field_dict["customerOrder"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_ref_no
        if _value is not UNSET:
            field_dict["customerRefNo"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contact_id
        if _value is not UNSET:
            field_dict["contactId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.gln
        if _value is not UNSET:
            field_dict["gln"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_registration_id
        if _value is not UNSET:
            field_dict["vatRegistrationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.recalculate_shipment
        if _value is not UNSET:
            field_dict["recalculateShipment"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override_number_series
        if _value is not UNSET:
            field_dict["overrideNumberSeries"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SalesOrderBasicUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("orderType", UNSET)
        self.order_type = (
            _models.OrderTypeInSalesOrderBasicUpdateDto._vn_fill(
                _new(_models.OrderTypeInSalesOrderBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lines", UNSET)
        self.lines = (
            [
                _models.SalesOrderBasicLineUpdateDto._vn_fill(
                    _new(_models.SalesOrderBasicLineUpdateDto), lines_item_data
                )
                if isinstance(lines_item_data, dict)
                else lines_item_data
                for lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("orderNumber", UNSET)
        self.order_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("date", UNSET)
        self.date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("requestOn", UNSET)
        self.request_on = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerOrder", UNSET)
        self.customer_order = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerRefNo", UNSET)
        self.customer_ref_no = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInSalesOrderBasicUpdateDto._vn_fill(
                _new(_models.CustomerInSalesOrderBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("contactId", UNSET)
        self.contact_id = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("gln", UNSET)
        self.gln = (
            _models.GlnInSalesOrderBasicUpdateDto._vn_fill(_new(_models.GlnInSalesOrderBasicUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatRegistrationId", UNSET)
        self.vat_registration_id = (
            _models.VatRegistrationIdInSalesOrderBasicUpdateDto._vn_fill(
                _new(_models.VatRegistrationIdInSalesOrderBasicUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currency", UNSET)
        self.currency = (
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
        _value = _rest.pop("recalculateShipment", UNSET)
        self.recalculate_shipment = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
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
        _value = _rest.pop("overrideNumberSeries", UNSET)
        self.override_number_series = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("order_type", "orderType", True, ("model", "OrderTypeInSalesOrderBasicUpdateDto")),
        ("lines", "lines", False, ("list", ("model", "SalesOrderBasicLineUpdateDto"))),
        ("order_number", "orderNumber", False, ("model", "DtoValueOfString")),
        ("hold", "hold", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("date", "date", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("request_on", "requestOn", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("customer_order", "customerOrder", False, ("model", "DtoValueOfString")),
        ("customer_ref_no", "customerRefNo", False, ("model", "DtoValueOfString")),
        ("customer", "customer", False, ("model", "CustomerInSalesOrderBasicUpdateDto")),
        ("location", "location", False, ("model", "DtoValueOfString")),
        ("contact_id", "contactId", False, ("model", "DtoValueOfNullableOfInt32")),
        ("gln", "gln", False, ("model", "GlnInSalesOrderBasicUpdateDto")),
        ("vat_registration_id", "vatRegistrationId", False, ("model", "VatRegistrationIdInSalesOrderBasicUpdateDto")),
        ("currency", "currency", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("recalculate_shipment", "recalculateShipment", False, ("model", "DtoValueOfBoolean")),
        ("branch_number", "branchNumber", False, ("model", "DtoValueOfString")),
        ("note", "note", False, ("model", "DtoValueOfString")),
        ("override_number_series", "overrideNumberSeries", False, ("model", "DtoValueOfBoolean")),
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


_Lazy = _lazy_twin(SalesOrderBasicUpdateDto)
