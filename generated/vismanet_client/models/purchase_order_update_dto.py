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
    from ..models.custom_date_time_utc1_in_purchase_order_update_dto import CustomDateTimeUTC1InPurchaseOrderUpdateDto
    from ..models.custom_dec_1_in_purchase_order_update_dto import CustomDec1InPurchaseOrderUpdateDto
    from ..models.custom_dec_2_in_purchase_order_update_dto import CustomDec2InPurchaseOrderUpdateDto
    from ..models.custom_int_1_in_purchase_order_update_dto import CustomInt1InPurchaseOrderUpdateDto
    from ..models.custom_int_2_in_purchase_order_update_dto import CustomInt2InPurchaseOrderUpdateDto
    from ..models.custom_str_1_in_purchase_order_update_dto import CustomStr1InPurchaseOrderUpdateDto
    from ..models.custom_str_2_in_purchase_order_update_dto import CustomStr2InPurchaseOrderUpdateDto
    from ..models.custom_str_3_in_purchase_order_update_dto import CustomStr3InPurchaseOrderUpdateDto
    from ..models.custom_str_4_in_purchase_order_update_dto import CustomStr4InPurchaseOrderUpdateDto
    from ..models.custom_str_5_in_purchase_order_update_dto import CustomStr5InPurchaseOrderUpdateDto
    from ..models.discount_detail_update_dto import DiscountDetailUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_guid import DtoValueOfNullableOfGuid
    from ..models.dto_value_of_nullable_of_po_shipping_destination_type import (
        DtoValueOfNullableOfPOShippingDestinationType,
    )
    from ..models.dto_value_of_nullable_of_purchase_order_type import DtoValueOfNullableOfPurchaseOrderType
    from ..models.dto_value_of_purchase_order_address_update_dto import DtoValueOfPurchaseOrderAddressUpdateDto
    from ..models.dto_value_of_purchase_order_contact_update_dto import DtoValueOfPurchaseOrderContactUpdateDto
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.gln_in_purchase_order_update_dto import GlnInPurchaseOrderUpdateDto
    from ..models.purchase_order_line_update_dto import PurchaseOrderLineUpdateDto
    from ..models.supplier_in_purchase_order_update_dto import SupplierInPurchaseOrderUpdateDto
    from ..models.vat_registration_id_in_purchase_order_update_dto import VatRegistrationIdInPurchaseOrderUpdateDto


T = TypeVar("T", bound="PurchaseOrderUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "shipping_destination_type",
    "ship_to",
    "shipping_location",
    "shipping_contact",
    "shipping_address",
    "fob_point",
    "ship_via",
    "ship_terms",
    "remit_contact",
    "remit_address",
    "terms",
    "supplier_vat_zone",
    "discount_details",
    "dont_print",
    "dont_email",
    "order_type",
    "order_number",
    "hold",
    "date",
    "promised_on",
    "description",
    "supplier",
    "location",
    "gln",
    "vat_registration_id",
    "owner",
    "currency",
    "exchange_rate",
    "supplier_ref",
    "control_total",
    "branch",
    "lines",
    "change_dates_on_lines",
    "note",
    "override_number_series",
    "custom_str_1",
    "custom_str_2",
    "custom_str_3",
    "custom_str_4",
    "custom_str_5",
    "custom_dec_1",
    "custom_dec_2",
    "custom_int_1",
    "custom_int_2",
    "custom_date_time_utc1",
    "time_stamp",
)


@_attrs_define(repr=False)
class PurchaseOrderUpdateDto(GeneratedModel):
    """This class represent a Purchase Order in Purchase Order Controller. Used to pass data to server for creating or
    updating an order

        Attributes:
            shipping_destination_type (DtoValueOfNullableOfPOShippingDestinationType | Unset):
            ship_to (DtoValueOfString | Unset):
            shipping_location (DtoValueOfString | Unset):
            shipping_contact (DtoValueOfPurchaseOrderContactUpdateDto | Unset):
            shipping_address (DtoValueOfPurchaseOrderAddressUpdateDto | Unset):
            fob_point (DtoValueOfString | Unset):
            ship_via (DtoValueOfString | Unset):
            ship_terms (DtoValueOfString | Unset):
            remit_contact (DtoValueOfPurchaseOrderContactUpdateDto | Unset):
            remit_address (DtoValueOfPurchaseOrderAddressUpdateDto | Unset):
            terms (DtoValueOfString | Unset):
            supplier_vat_zone (DtoValueOfString | Unset):
            discount_details (list[DiscountDetailUpdateDto] | Unset):
            dont_print (DtoValueOfNullableOfBoolean | Unset):
            dont_email (DtoValueOfNullableOfBoolean | Unset):
            order_type (DtoValueOfNullableOfPurchaseOrderType | Unset):
            order_number (DtoValueOfString | Unset):
            hold (DtoValueOfNullableOfBoolean | Unset):
            date (DtoValueOfNullableOfDateTime | Unset):
            promised_on (DtoValueOfNullableOfDateTime | Unset):
            description (DtoValueOfString | Unset):
            supplier (SupplierInPurchaseOrderUpdateDto | Unset): Mandatory field if GLN or VatRegistrationId is not
                specified.
            location (DtoValueOfString | Unset):
            gln (GlnInPurchaseOrderUpdateDto | Unset): Mandatory field if Supplier or VatRegistrationId is not specified.
            vat_registration_id (VatRegistrationIdInPurchaseOrderUpdateDto | Unset): Mandatory field if Supplier or GLN is
                not specified.
            owner (DtoValueOfNullableOfGuid | Unset):
            currency (DtoValueOfString | Unset):
            exchange_rate (DtoValueOfNullableOfDecimal | Unset):
            supplier_ref (DtoValueOfString | Unset):
            control_total (DtoValueOfNullableOfDecimal | Unset):
            branch (DtoValueOfString | Unset):
            lines (list[PurchaseOrderLineUpdateDto] | Unset):
            change_dates_on_lines (bool | Unset):
            note (DtoValueOfString | Unset):
            override_number_series (DtoValueOfBoolean | Unset):
            custom_str_1 (CustomStr1InPurchaseOrderUpdateDto | Unset): A free custom colum of type string with max length
                100.
            custom_str_2 (CustomStr2InPurchaseOrderUpdateDto | Unset): A free custom colum of type string with max length
                100.
            custom_str_3 (CustomStr3InPurchaseOrderUpdateDto | Unset): A free custom colum of type string with max length
                100.
            custom_str_4 (CustomStr4InPurchaseOrderUpdateDto | Unset): A free custom colum of type string with max length
                100.
            custom_str_5 (CustomStr5InPurchaseOrderUpdateDto | Unset): A free custom colum of type string with max length
                100.
            custom_dec_1 (CustomDec1InPurchaseOrderUpdateDto | Unset): A free custom colum of type decimal with max 4
                decimals.
            custom_dec_2 (CustomDec2InPurchaseOrderUpdateDto | Unset): A free custom colum of type decimal with max 4
                decimals.
            custom_int_1 (CustomInt1InPurchaseOrderUpdateDto | Unset): A free custom colum of type int
            custom_int_2 (CustomInt2InPurchaseOrderUpdateDto | Unset): A free custom colum of type int
            custom_date_time_utc1 (CustomDateTimeUTC1InPurchaseOrderUpdateDto | Unset): A free custom colum of type DateTime
                - in UTC timezone
            time_stamp (str | Unset):
    """

    shipping_destination_type: DtoValueOfNullableOfPOShippingDestinationType | Unset | None = UNSET
    ship_to: DtoValueOfString | Unset | None = UNSET
    shipping_location: DtoValueOfString | Unset | None = UNSET
    shipping_contact: DtoValueOfPurchaseOrderContactUpdateDto | Unset | None = UNSET
    shipping_address: DtoValueOfPurchaseOrderAddressUpdateDto | Unset | None = UNSET
    fob_point: DtoValueOfString | Unset | None = UNSET
    ship_via: DtoValueOfString | Unset | None = UNSET
    ship_terms: DtoValueOfString | Unset | None = UNSET
    remit_contact: DtoValueOfPurchaseOrderContactUpdateDto | Unset | None = UNSET
    remit_address: DtoValueOfPurchaseOrderAddressUpdateDto | Unset | None = UNSET
    terms: DtoValueOfString | Unset | None = UNSET
    supplier_vat_zone: DtoValueOfString | Unset | None = UNSET
    discount_details: list[DiscountDetailUpdateDto] | Unset | None = UNSET
    dont_print: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    dont_email: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    order_type: DtoValueOfNullableOfPurchaseOrderType | Unset | None = UNSET
    order_number: DtoValueOfString | Unset | None = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    promised_on: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    supplier: SupplierInPurchaseOrderUpdateDto | Unset | None = UNSET
    location: DtoValueOfString | Unset | None = UNSET
    gln: GlnInPurchaseOrderUpdateDto | Unset | None = UNSET
    vat_registration_id: VatRegistrationIdInPurchaseOrderUpdateDto | Unset | None = UNSET
    owner: DtoValueOfNullableOfGuid | Unset | None = UNSET
    currency: DtoValueOfString | Unset | None = UNSET
    exchange_rate: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    supplier_ref: DtoValueOfString | Unset | None = UNSET
    control_total: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    branch: DtoValueOfString | Unset | None = UNSET
    lines: list[PurchaseOrderLineUpdateDto] | Unset | None = UNSET
    change_dates_on_lines: bool | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    override_number_series: DtoValueOfBoolean | Unset | None = UNSET
    custom_str_1: CustomStr1InPurchaseOrderUpdateDto | Unset | None = UNSET
    custom_str_2: CustomStr2InPurchaseOrderUpdateDto | Unset | None = UNSET
    custom_str_3: CustomStr3InPurchaseOrderUpdateDto | Unset | None = UNSET
    custom_str_4: CustomStr4InPurchaseOrderUpdateDto | Unset | None = UNSET
    custom_str_5: CustomStr5InPurchaseOrderUpdateDto | Unset | None = UNSET
    custom_dec_1: CustomDec1InPurchaseOrderUpdateDto | Unset | None = UNSET
    custom_dec_2: CustomDec2InPurchaseOrderUpdateDto | Unset | None = UNSET
    custom_int_1: CustomInt1InPurchaseOrderUpdateDto | Unset | None = UNSET
    custom_int_2: CustomInt2InPurchaseOrderUpdateDto | Unset | None = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InPurchaseOrderUpdateDto | Unset | None = UNSET
    time_stamp: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.shipping_destination_type
        if _value is not UNSET:
            field_dict["shippingDestinationType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ship_to
        if _value is not UNSET:
            field_dict["shipTo"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipping_location
        if _value is not UNSET:
            field_dict["shippingLocation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipping_contact
        if _value is not UNSET:
            field_dict["shippingContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipping_address
        if _value is not UNSET:
            field_dict["shippingAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.fob_point
        if _value is not UNSET:
            field_dict["fobPoint"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ship_via
        if _value is not UNSET:
            field_dict["shipVia"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ship_terms
        if _value is not UNSET:
            field_dict["shipTerms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.remit_contact
        if _value is not UNSET:
            field_dict["remitContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.remit_address
        if _value is not UNSET:
            field_dict["remitAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.terms
        if _value is not UNSET:
            field_dict["terms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_vat_zone
        if _value is not UNSET:
            field_dict["supplierVatZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_details
        if _value is not UNSET:
            field_dict["discountDetails"] = (
                [
                    discount_details_item_data.to_dict()
                    if isinstance(discount_details_item_data, GeneratedModel)
                    else discount_details_item_data
                    for discount_details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.dont_print
        if _value is not UNSET:
            field_dict["dontPrint"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.dont_email
        if _value is not UNSET:
            field_dict["dontEmail"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.order_type
        if _value is not UNSET:
            field_dict["orderType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.order_number
        if _value is not UNSET:
            field_dict["orderNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.promised_on
        if _value is not UNSET:
            field_dict["promisedOn"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier
        if _value is not UNSET:
            field_dict["supplier"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.gln
        if _value is not UNSET:
            field_dict["gln"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_registration_id
        if _value is not UNSET:
            field_dict["vatRegistrationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.owner
        if _value is not UNSET:
            field_dict["owner"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.exchange_rate
        if _value is not UNSET:
            field_dict["exchangeRate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_ref
        if _value is not UNSET:
            field_dict["supplierRef"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.control_total
        if _value is not UNSET:
            field_dict["controlTotal"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.change_dates_on_lines
        if _value is not UNSET:
            field_dict["changeDatesOnLines"] = _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override_number_series
        if _value is not UNSET:
            field_dict["overrideNumberSeries"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_str_1
        if _value is not UNSET:
            field_dict["customStr1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_str_2
        if _value is not UNSET:
            field_dict["customStr2"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_str_3
        if _value is not UNSET:
            field_dict["customStr3"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_str_4
        if _value is not UNSET:
            field_dict["customStr4"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_str_5
        if _value is not UNSET:
            field_dict["customStr5"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_dec_1
        if _value is not UNSET:
            field_dict["customDec1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_dec_2
        if _value is not UNSET:
            field_dict["customDec2"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_int_1
        if _value is not UNSET:
            field_dict["customInt1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_int_2
        if _value is not UNSET:
            field_dict["customInt2"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.custom_date_time_utc1
        if _value is not UNSET:
            field_dict["customDateTimeUTC1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.time_stamp
        if _value is not UNSET:
            field_dict["timeStamp"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not PurchaseOrderUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("shippingDestinationType", UNSET)
        self.shipping_destination_type = (
            _models.DtoValueOfNullableOfPOShippingDestinationType._vn_fill(
                _new(_models.DtoValueOfNullableOfPOShippingDestinationType), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shipTo", UNSET)
        self.ship_to = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shippingLocation", UNSET)
        self.shipping_location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shippingContact", UNSET)
        self.shipping_contact = (
            _models.DtoValueOfPurchaseOrderContactUpdateDto._vn_fill(
                _new(_models.DtoValueOfPurchaseOrderContactUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shippingAddress", UNSET)
        self.shipping_address = (
            _models.DtoValueOfPurchaseOrderAddressUpdateDto._vn_fill(
                _new(_models.DtoValueOfPurchaseOrderAddressUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("fobPoint", UNSET)
        self.fob_point = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shipVia", UNSET)
        self.ship_via = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shipTerms", UNSET)
        self.ship_terms = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("remitContact", UNSET)
        self.remit_contact = (
            _models.DtoValueOfPurchaseOrderContactUpdateDto._vn_fill(
                _new(_models.DtoValueOfPurchaseOrderContactUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("remitAddress", UNSET)
        self.remit_address = (
            _models.DtoValueOfPurchaseOrderAddressUpdateDto._vn_fill(
                _new(_models.DtoValueOfPurchaseOrderAddressUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("terms", UNSET)
        self.terms = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierVatZone", UNSET)
        self.supplier_vat_zone = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountDetails", UNSET)
        self.discount_details = (
            [
                _models.DiscountDetailUpdateDto._vn_fill(
                    _new(_models.DiscountDetailUpdateDto), discount_details_item_data
                )
                if isinstance(discount_details_item_data, dict)
                else discount_details_item_data
                for discount_details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("dontPrint", UNSET)
        self.dont_print = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("dontEmail", UNSET)
        self.dont_email = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("orderType", UNSET)
        self.order_type = (
            _models.DtoValueOfNullableOfPurchaseOrderType._vn_fill(
                _new(_models.DtoValueOfNullableOfPurchaseOrderType), _value
            )
            if isinstance(_value, dict)
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
        _value = _rest.pop("promisedOn", UNSET)
        self.promised_on = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplier", UNSET)
        self.supplier = (
            _models.SupplierInPurchaseOrderUpdateDto._vn_fill(_new(_models.SupplierInPurchaseOrderUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("gln", UNSET)
        self.gln = (
            _models.GlnInPurchaseOrderUpdateDto._vn_fill(_new(_models.GlnInPurchaseOrderUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatRegistrationId", UNSET)
        self.vat_registration_id = (
            _models.VatRegistrationIdInPurchaseOrderUpdateDto._vn_fill(
                _new(_models.VatRegistrationIdInPurchaseOrderUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("owner", UNSET)
        self.owner = (
            _models.DtoValueOfNullableOfGuid._vn_fill(_new(_models.DtoValueOfNullableOfGuid), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currency", UNSET)
        self.currency = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("exchangeRate", UNSET)
        self.exchange_rate = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierRef", UNSET)
        self.supplier_ref = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("controlTotal", UNSET)
        self.control_total = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lines", UNSET)
        self.lines = (
            [
                _models.PurchaseOrderLineUpdateDto._vn_fill(_new(_models.PurchaseOrderLineUpdateDto), lines_item_data)
                if isinstance(lines_item_data, dict)
                else lines_item_data
                for lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.change_dates_on_lines = _rest.pop("changeDatesOnLines", UNSET)
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
        _value = _rest.pop("customStr1", UNSET)
        self.custom_str_1 = (
            _models.CustomStr1InPurchaseOrderUpdateDto._vn_fill(
                _new(_models.CustomStr1InPurchaseOrderUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr2", UNSET)
        self.custom_str_2 = (
            _models.CustomStr2InPurchaseOrderUpdateDto._vn_fill(
                _new(_models.CustomStr2InPurchaseOrderUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr3", UNSET)
        self.custom_str_3 = (
            _models.CustomStr3InPurchaseOrderUpdateDto._vn_fill(
                _new(_models.CustomStr3InPurchaseOrderUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr4", UNSET)
        self.custom_str_4 = (
            _models.CustomStr4InPurchaseOrderUpdateDto._vn_fill(
                _new(_models.CustomStr4InPurchaseOrderUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr5", UNSET)
        self.custom_str_5 = (
            _models.CustomStr5InPurchaseOrderUpdateDto._vn_fill(
                _new(_models.CustomStr5InPurchaseOrderUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDec1", UNSET)
        self.custom_dec_1 = (
            _models.CustomDec1InPurchaseOrderUpdateDto._vn_fill(
                _new(_models.CustomDec1InPurchaseOrderUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDec2", UNSET)
        self.custom_dec_2 = (
            _models.CustomDec2InPurchaseOrderUpdateDto._vn_fill(
                _new(_models.CustomDec2InPurchaseOrderUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customInt1", UNSET)
        self.custom_int_1 = (
            _models.CustomInt1InPurchaseOrderUpdateDto._vn_fill(
                _new(_models.CustomInt1InPurchaseOrderUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customInt2", UNSET)
        self.custom_int_2 = (
            _models.CustomInt2InPurchaseOrderUpdateDto._vn_fill(
                _new(_models.CustomInt2InPurchaseOrderUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        self.custom_date_time_utc1 = (
            _models.CustomDateTimeUTC1InPurchaseOrderUpdateDto._vn_fill(
                _new(_models.CustomDateTimeUTC1InPurchaseOrderUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.time_stamp = _rest.pop("timeStamp", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        (
            "shipping_destination_type",
            "shippingDestinationType",
            False,
            ("model", "DtoValueOfNullableOfPOShippingDestinationType"),
        ),
        ("ship_to", "shipTo", False, ("model", "DtoValueOfString")),
        ("shipping_location", "shippingLocation", False, ("model", "DtoValueOfString")),
        ("shipping_contact", "shippingContact", False, ("model", "DtoValueOfPurchaseOrderContactUpdateDto")),
        ("shipping_address", "shippingAddress", False, ("model", "DtoValueOfPurchaseOrderAddressUpdateDto")),
        ("fob_point", "fobPoint", False, ("model", "DtoValueOfString")),
        ("ship_via", "shipVia", False, ("model", "DtoValueOfString")),
        ("ship_terms", "shipTerms", False, ("model", "DtoValueOfString")),
        ("remit_contact", "remitContact", False, ("model", "DtoValueOfPurchaseOrderContactUpdateDto")),
        ("remit_address", "remitAddress", False, ("model", "DtoValueOfPurchaseOrderAddressUpdateDto")),
        ("terms", "terms", False, ("model", "DtoValueOfString")),
        ("supplier_vat_zone", "supplierVatZone", False, ("model", "DtoValueOfString")),
        ("discount_details", "discountDetails", False, ("list", ("model", "DiscountDetailUpdateDto"))),
        ("dont_print", "dontPrint", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("dont_email", "dontEmail", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("order_type", "orderType", False, ("model", "DtoValueOfNullableOfPurchaseOrderType")),
        ("order_number", "orderNumber", False, ("model", "DtoValueOfString")),
        ("hold", "hold", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("date", "date", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("promised_on", "promisedOn", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("supplier", "supplier", False, ("model", "SupplierInPurchaseOrderUpdateDto")),
        ("location", "location", False, ("model", "DtoValueOfString")),
        ("gln", "gln", False, ("model", "GlnInPurchaseOrderUpdateDto")),
        ("vat_registration_id", "vatRegistrationId", False, ("model", "VatRegistrationIdInPurchaseOrderUpdateDto")),
        ("owner", "owner", False, ("model", "DtoValueOfNullableOfGuid")),
        ("currency", "currency", False, ("model", "DtoValueOfString")),
        ("exchange_rate", "exchangeRate", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("supplier_ref", "supplierRef", False, ("model", "DtoValueOfString")),
        ("control_total", "controlTotal", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("branch", "branch", False, ("model", "DtoValueOfString")),
        ("lines", "lines", False, ("list", ("model", "PurchaseOrderLineUpdateDto"))),
        ("change_dates_on_lines", "changeDatesOnLines", False, "bool"),
        ("note", "note", False, ("model", "DtoValueOfString")),
        ("override_number_series", "overrideNumberSeries", False, ("model", "DtoValueOfBoolean")),
        ("custom_str_1", "customStr1", False, ("model", "CustomStr1InPurchaseOrderUpdateDto")),
        ("custom_str_2", "customStr2", False, ("model", "CustomStr2InPurchaseOrderUpdateDto")),
        ("custom_str_3", "customStr3", False, ("model", "CustomStr3InPurchaseOrderUpdateDto")),
        ("custom_str_4", "customStr4", False, ("model", "CustomStr4InPurchaseOrderUpdateDto")),
        ("custom_str_5", "customStr5", False, ("model", "CustomStr5InPurchaseOrderUpdateDto")),
        ("custom_dec_1", "customDec1", False, ("model", "CustomDec1InPurchaseOrderUpdateDto")),
        ("custom_dec_2", "customDec2", False, ("model", "CustomDec2InPurchaseOrderUpdateDto")),
        ("custom_int_1", "customInt1", False, ("model", "CustomInt1InPurchaseOrderUpdateDto")),
        ("custom_int_2", "customInt2", False, ("model", "CustomInt2InPurchaseOrderUpdateDto")),
        ("custom_date_time_utc1", "customDateTimeUTC1", False, ("model", "CustomDateTimeUTC1InPurchaseOrderUpdateDto")),
        ("time_stamp", "timeStamp", False, "str"),
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


_Lazy = _lazy_twin(PurchaseOrderUpdateDto)
