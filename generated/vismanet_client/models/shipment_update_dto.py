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
    from ..models.custom_date_time_utc1_in_shipment_update_dto import CustomDateTimeUTC1InShipmentUpdateDto
    from ..models.custom_dec_1_in_shipment_update_dto import CustomDec1InShipmentUpdateDto
    from ..models.custom_dec_2_in_shipment_update_dto import CustomDec2InShipmentUpdateDto
    from ..models.custom_int_1_in_shipment_update_dto import CustomInt1InShipmentUpdateDto
    from ..models.custom_int_2_in_shipment_update_dto import CustomInt2InShipmentUpdateDto
    from ..models.custom_str_1_in_shipment_update_dto import CustomStr1InShipmentUpdateDto
    from ..models.custom_str_2_in_shipment_update_dto import CustomStr2InShipmentUpdateDto
    from ..models.custom_str_3_in_shipment_update_dto import CustomStr3InShipmentUpdateDto
    from ..models.custom_str_4_in_shipment_update_dto import CustomStr4InShipmentUpdateDto
    from ..models.custom_str_5_in_shipment_update_dto import CustomStr5InShipmentUpdateDto
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_nullable_of_shipment_operations import DtoValueOfNullableOfShipmentOperations
    from ..models.dto_value_of_nullable_of_shipment_types import DtoValueOfNullableOfShipmentTypes
    from ..models.dto_value_of_nullable_of_transportation_modes import DtoValueOfNullableOfTransportationModes
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.shipment_detail_line_update_dto import ShipmentDetailLineUpdateDto
    from ..models.shipment_package_line_update_dto import ShipmentPackageLineUpdateDto


T = TypeVar("T", bound="ShipmentUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "shipment_type",
    "operation",
    "shipment_date",
    "location",
    "customer",
    "owner",
    "hold",
    "from_warehouse",
    "to_warehouse",
    "control_quantity",
    "override_contact",
    "business_name",
    "attention",
    "phone1",
    "email",
    "override_address",
    "address_line_1",
    "address_line_2",
    "city",
    "country",
    "county",
    "postal_code",
    "ship_via",
    "fob_point",
    "shipping_terms",
    "shipping_zone",
    "residential_delivery",
    "saturday_delivery",
    "use_customer_account",
    "insurance",
    "freight_amt",
    "freight_cost",
    "transaction_type",
    "mode_of_trasport",
    "container",
    "note",
    "shipment_detail_lines",
    "shipment_package_lines",
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
)


@_attrs_define(repr=False)
class ShipmentUpdateDto(GeneratedModel):
    """
    Attributes:
        shipment_type (DtoValueOfNullableOfShipmentTypes | Unset):
        operation (DtoValueOfNullableOfShipmentOperations | Unset):
        shipment_date (DtoValueOfNullableOfDateTime | Unset):
        location (DtoValueOfString | Unset):
        customer (DtoValueOfString | Unset):
        owner (DtoValueOfString | Unset):
        hold (DtoValueOfNullableOfBoolean | Unset):
        from_warehouse (DtoValueOfString | Unset):
        to_warehouse (DtoValueOfString | Unset):
        control_quantity (DtoValueOfNullableOfDecimal | Unset):
        override_contact (DtoValueOfNullableOfBoolean | Unset):
        business_name (DtoValueOfString | Unset):
        attention (DtoValueOfString | Unset):
        phone1 (DtoValueOfString | Unset):
        email (DtoValueOfString | Unset):
        override_address (DtoValueOfNullableOfBoolean | Unset):
        address_line_1 (DtoValueOfString | Unset):
        address_line_2 (DtoValueOfString | Unset):
        city (DtoValueOfString | Unset):
        country (DtoValueOfString | Unset):
        county (DtoValueOfString | Unset):
        postal_code (DtoValueOfString | Unset):
        ship_via (DtoValueOfString | Unset):
        fob_point (DtoValueOfString | Unset):
        shipping_terms (DtoValueOfString | Unset):
        shipping_zone (DtoValueOfString | Unset):
        residential_delivery (DtoValueOfNullableOfBoolean | Unset):
        saturday_delivery (DtoValueOfNullableOfBoolean | Unset):
        use_customer_account (DtoValueOfNullableOfBoolean | Unset):
        insurance (DtoValueOfNullableOfBoolean | Unset):
        freight_amt (DtoValueOfNullableOfDecimal | Unset):
        freight_cost (DtoValueOfNullableOfDecimal | Unset):
        transaction_type (DtoValueOfNullableOfInt32 | Unset):
        mode_of_trasport (DtoValueOfNullableOfTransportationModes | Unset):
        container (DtoValueOfNullableOfBoolean | Unset):
        note (DtoValueOfString | Unset):
        shipment_detail_lines (list[ShipmentDetailLineUpdateDto] | Unset):
        shipment_package_lines (list[ShipmentPackageLineUpdateDto] | Unset):
        custom_str_1 (CustomStr1InShipmentUpdateDto | Unset): A free custom colum of type string with max length 100.
        custom_str_2 (CustomStr2InShipmentUpdateDto | Unset): A free custom colum of type string with max length 100.
        custom_str_3 (CustomStr3InShipmentUpdateDto | Unset): A free custom colum of type string with max length 100.
        custom_str_4 (CustomStr4InShipmentUpdateDto | Unset): A free custom colum of type string with max length 100.
        custom_str_5 (CustomStr5InShipmentUpdateDto | Unset): A free custom colum of type string with max length 100.
        custom_dec_1 (CustomDec1InShipmentUpdateDto | Unset): A free custom colum of type decimal with max 4 decimals.
        custom_dec_2 (CustomDec2InShipmentUpdateDto | Unset): A free custom colum of type decimal with max 4 decimals.
        custom_int_1 (CustomInt1InShipmentUpdateDto | Unset): A free custom colum of type int
        custom_int_2 (CustomInt2InShipmentUpdateDto | Unset): A free custom colum of type int
        custom_date_time_utc1 (CustomDateTimeUTC1InShipmentUpdateDto | Unset): A free custom colum of type DateTime - in
            UTC timezone
    """

    shipment_type: DtoValueOfNullableOfShipmentTypes | Unset | None = UNSET
    operation: DtoValueOfNullableOfShipmentOperations | Unset | None = UNSET
    shipment_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    location: DtoValueOfString | Unset | None = UNSET
    customer: DtoValueOfString | Unset | None = UNSET
    owner: DtoValueOfString | Unset | None = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    from_warehouse: DtoValueOfString | Unset | None = UNSET
    to_warehouse: DtoValueOfString | Unset | None = UNSET
    control_quantity: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    override_contact: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    business_name: DtoValueOfString | Unset | None = UNSET
    attention: DtoValueOfString | Unset | None = UNSET
    phone1: DtoValueOfString | Unset | None = UNSET
    email: DtoValueOfString | Unset | None = UNSET
    override_address: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    address_line_1: DtoValueOfString | Unset | None = UNSET
    address_line_2: DtoValueOfString | Unset | None = UNSET
    city: DtoValueOfString | Unset | None = UNSET
    country: DtoValueOfString | Unset | None = UNSET
    county: DtoValueOfString | Unset | None = UNSET
    postal_code: DtoValueOfString | Unset | None = UNSET
    ship_via: DtoValueOfString | Unset | None = UNSET
    fob_point: DtoValueOfString | Unset | None = UNSET
    shipping_terms: DtoValueOfString | Unset | None = UNSET
    shipping_zone: DtoValueOfString | Unset | None = UNSET
    residential_delivery: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    saturday_delivery: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    use_customer_account: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    insurance: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    freight_amt: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    freight_cost: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    transaction_type: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    mode_of_trasport: DtoValueOfNullableOfTransportationModes | Unset | None = UNSET
    container: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    shipment_detail_lines: list[ShipmentDetailLineUpdateDto] | Unset | None = UNSET
    shipment_package_lines: list[ShipmentPackageLineUpdateDto] | Unset | None = UNSET
    custom_str_1: CustomStr1InShipmentUpdateDto | Unset | None = UNSET
    custom_str_2: CustomStr2InShipmentUpdateDto | Unset | None = UNSET
    custom_str_3: CustomStr3InShipmentUpdateDto | Unset | None = UNSET
    custom_str_4: CustomStr4InShipmentUpdateDto | Unset | None = UNSET
    custom_str_5: CustomStr5InShipmentUpdateDto | Unset | None = UNSET
    custom_dec_1: CustomDec1InShipmentUpdateDto | Unset | None = UNSET
    custom_dec_2: CustomDec2InShipmentUpdateDto | Unset | None = UNSET
    custom_int_1: CustomInt1InShipmentUpdateDto | Unset | None = UNSET
    custom_int_2: CustomInt2InShipmentUpdateDto | Unset | None = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InShipmentUpdateDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.shipment_type
        if _value is not UNSET:
            field_dict["shipmentType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipment_date
        if _value is not UNSET:
            field_dict["shipmentDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.owner
        if _value is not UNSET:
            field_dict["owner"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.from_warehouse
        if _value is not UNSET:
            field_dict["fromWarehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.to_warehouse
        if _value is not UNSET:
            field_dict["toWarehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.control_quantity
        if _value is not UNSET:
            field_dict["controlQuantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override_contact
        if _value is not UNSET:
            field_dict["overrideContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.business_name
        if _value is not UNSET:
            field_dict["businessName"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.attention
        if _value is not UNSET:
            field_dict["attention"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.phone1
        if _value is not UNSET:
            field_dict["phone1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.email
        if _value is not UNSET:
            field_dict["email"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override_address
        if _value is not UNSET:
            field_dict["overrideAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.address_line_1
        if _value is not UNSET:
            field_dict["addressLine1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.address_line_2
        if _value is not UNSET:
            field_dict["addressLine2"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.city
        if _value is not UNSET:
            field_dict["city"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.country
        if _value is not UNSET:
            field_dict["country"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.county
        if _value is not UNSET:
            field_dict["county"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.postal_code
        if _value is not UNSET:
            field_dict["postalCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.ship_via
        if _value is not UNSET:
            field_dict["shipVia"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.fob_point
        if _value is not UNSET:
            field_dict["fobPoint"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipping_terms
        if _value is not UNSET:
            field_dict["shippingTerms"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipping_zone
        if _value is not UNSET:
            field_dict["shippingZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.residential_delivery
        if _value is not UNSET:
            field_dict["residentialDelivery"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.saturday_delivery
        if _value is not UNSET:
            field_dict["saturdayDelivery"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.use_customer_account
        if _value is not UNSET:
            field_dict["useCustomerAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.insurance
        if _value is not UNSET:
            field_dict["insurance"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.freight_amt
        if _value is not UNSET:
            field_dict["freightAmt"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.freight_cost
        if _value is not UNSET:
            field_dict["freightCost"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.transaction_type
        if _value is not UNSET:
            field_dict["transactionType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.mode_of_trasport
        if _value is not UNSET:
            field_dict["modeOfTrasport"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.container
        if _value is not UNSET:
            field_dict["container"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipment_detail_lines
        if _value is not UNSET:
            field_dict["shipmentDetailLines"] = (
                [
                    shipment_detail_lines_item_data.to_dict()
                    if isinstance(shipment_detail_lines_item_data, GeneratedModel)
                    else shipment_detail_lines_item_data
                    for shipment_detail_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.shipment_package_lines
        if _value is not UNSET:
            field_dict["shipmentPackageLines"] = (
                [
                    shipment_package_lines_item_data.to_dict()
                    if isinstance(shipment_package_lines_item_data, GeneratedModel)
                    else shipment_package_lines_item_data
                    for shipment_package_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ShipmentUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("shipmentType", UNSET)
        self.shipment_type = (
            _models.DtoValueOfNullableOfShipmentTypes._vn_fill(_new(_models.DtoValueOfNullableOfShipmentTypes), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("operation", UNSET)
        self.operation = (
            _models.DtoValueOfNullableOfShipmentOperations._vn_fill(
                _new(_models.DtoValueOfNullableOfShipmentOperations), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shipmentDate", UNSET)
        self.shipment_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("owner", UNSET)
        self.owner = (
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
        _value = _rest.pop("fromWarehouse", UNSET)
        self.from_warehouse = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("toWarehouse", UNSET)
        self.to_warehouse = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("controlQuantity", UNSET)
        self.control_quantity = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("overrideContact", UNSET)
        self.override_contact = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("businessName", UNSET)
        self.business_name = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("attention", UNSET)
        self.attention = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("phone1", UNSET)
        self.phone1 = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("email", UNSET)
        self.email = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("overrideAddress", UNSET)
        self.override_address = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("addressLine1", UNSET)
        self.address_line_1 = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("addressLine2", UNSET)
        self.address_line_2 = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("city", UNSET)
        self.city = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("country", UNSET)
        self.country = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("county", UNSET)
        self.county = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("postalCode", UNSET)
        self.postal_code = (
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
        _value = _rest.pop("fobPoint", UNSET)
        self.fob_point = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shippingTerms", UNSET)
        self.shipping_terms = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shippingZone", UNSET)
        self.shipping_zone = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("residentialDelivery", UNSET)
        self.residential_delivery = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("saturdayDelivery", UNSET)
        self.saturday_delivery = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("useCustomerAccount", UNSET)
        self.use_customer_account = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("insurance", UNSET)
        self.insurance = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("freightAmt", UNSET)
        self.freight_amt = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("freightCost", UNSET)
        self.freight_cost = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("transactionType", UNSET)
        self.transaction_type = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("modeOfTrasport", UNSET)
        self.mode_of_trasport = (
            _models.DtoValueOfNullableOfTransportationModes._vn_fill(
                _new(_models.DtoValueOfNullableOfTransportationModes), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("container", UNSET)
        self.container = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shipmentDetailLines", UNSET)
        self.shipment_detail_lines = (
            [
                _models.ShipmentDetailLineUpdateDto._vn_fill(
                    _new(_models.ShipmentDetailLineUpdateDto), shipment_detail_lines_item_data
                )
                if isinstance(shipment_detail_lines_item_data, dict)
                else shipment_detail_lines_item_data
                for shipment_detail_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("shipmentPackageLines", UNSET)
        self.shipment_package_lines = (
            [
                _models.ShipmentPackageLineUpdateDto._vn_fill(
                    _new(_models.ShipmentPackageLineUpdateDto), shipment_package_lines_item_data
                )
                if isinstance(shipment_package_lines_item_data, dict)
                else shipment_package_lines_item_data
                for shipment_package_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("customStr1", UNSET)
        self.custom_str_1 = (
            _models.CustomStr1InShipmentUpdateDto._vn_fill(_new(_models.CustomStr1InShipmentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr2", UNSET)
        self.custom_str_2 = (
            _models.CustomStr2InShipmentUpdateDto._vn_fill(_new(_models.CustomStr2InShipmentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr3", UNSET)
        self.custom_str_3 = (
            _models.CustomStr3InShipmentUpdateDto._vn_fill(_new(_models.CustomStr3InShipmentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr4", UNSET)
        self.custom_str_4 = (
            _models.CustomStr4InShipmentUpdateDto._vn_fill(_new(_models.CustomStr4InShipmentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr5", UNSET)
        self.custom_str_5 = (
            _models.CustomStr5InShipmentUpdateDto._vn_fill(_new(_models.CustomStr5InShipmentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDec1", UNSET)
        self.custom_dec_1 = (
            _models.CustomDec1InShipmentUpdateDto._vn_fill(_new(_models.CustomDec1InShipmentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDec2", UNSET)
        self.custom_dec_2 = (
            _models.CustomDec2InShipmentUpdateDto._vn_fill(_new(_models.CustomDec2InShipmentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customInt1", UNSET)
        self.custom_int_1 = (
            _models.CustomInt1InShipmentUpdateDto._vn_fill(_new(_models.CustomInt1InShipmentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customInt2", UNSET)
        self.custom_int_2 = (
            _models.CustomInt2InShipmentUpdateDto._vn_fill(_new(_models.CustomInt2InShipmentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        self.custom_date_time_utc1 = (
            _models.CustomDateTimeUTC1InShipmentUpdateDto._vn_fill(
                _new(_models.CustomDateTimeUTC1InShipmentUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("shipment_type", "shipmentType", False, ("model", "DtoValueOfNullableOfShipmentTypes")),
        ("operation", "operation", False, ("model", "DtoValueOfNullableOfShipmentOperations")),
        ("shipment_date", "shipmentDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("location", "location", False, ("model", "DtoValueOfString")),
        ("customer", "customer", False, ("model", "DtoValueOfString")),
        ("owner", "owner", False, ("model", "DtoValueOfString")),
        ("hold", "hold", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("from_warehouse", "fromWarehouse", False, ("model", "DtoValueOfString")),
        ("to_warehouse", "toWarehouse", False, ("model", "DtoValueOfString")),
        ("control_quantity", "controlQuantity", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("override_contact", "overrideContact", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("business_name", "businessName", False, ("model", "DtoValueOfString")),
        ("attention", "attention", False, ("model", "DtoValueOfString")),
        ("phone1", "phone1", False, ("model", "DtoValueOfString")),
        ("email", "email", False, ("model", "DtoValueOfString")),
        ("override_address", "overrideAddress", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("address_line_1", "addressLine1", False, ("model", "DtoValueOfString")),
        ("address_line_2", "addressLine2", False, ("model", "DtoValueOfString")),
        ("city", "city", False, ("model", "DtoValueOfString")),
        ("country", "country", False, ("model", "DtoValueOfString")),
        ("county", "county", False, ("model", "DtoValueOfString")),
        ("postal_code", "postalCode", False, ("model", "DtoValueOfString")),
        ("ship_via", "shipVia", False, ("model", "DtoValueOfString")),
        ("fob_point", "fobPoint", False, ("model", "DtoValueOfString")),
        ("shipping_terms", "shippingTerms", False, ("model", "DtoValueOfString")),
        ("shipping_zone", "shippingZone", False, ("model", "DtoValueOfString")),
        ("residential_delivery", "residentialDelivery", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("saturday_delivery", "saturdayDelivery", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("use_customer_account", "useCustomerAccount", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("insurance", "insurance", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("freight_amt", "freightAmt", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("freight_cost", "freightCost", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("transaction_type", "transactionType", False, ("model", "DtoValueOfNullableOfInt32")),
        ("mode_of_trasport", "modeOfTrasport", False, ("model", "DtoValueOfNullableOfTransportationModes")),
        ("container", "container", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("note", "note", False, ("model", "DtoValueOfString")),
        ("shipment_detail_lines", "shipmentDetailLines", False, ("list", ("model", "ShipmentDetailLineUpdateDto"))),
        ("shipment_package_lines", "shipmentPackageLines", False, ("list", ("model", "ShipmentPackageLineUpdateDto"))),
        ("custom_str_1", "customStr1", False, ("model", "CustomStr1InShipmentUpdateDto")),
        ("custom_str_2", "customStr2", False, ("model", "CustomStr2InShipmentUpdateDto")),
        ("custom_str_3", "customStr3", False, ("model", "CustomStr3InShipmentUpdateDto")),
        ("custom_str_4", "customStr4", False, ("model", "CustomStr4InShipmentUpdateDto")),
        ("custom_str_5", "customStr5", False, ("model", "CustomStr5InShipmentUpdateDto")),
        ("custom_dec_1", "customDec1", False, ("model", "CustomDec1InShipmentUpdateDto")),
        ("custom_dec_2", "customDec2", False, ("model", "CustomDec2InShipmentUpdateDto")),
        ("custom_int_1", "customInt1", False, ("model", "CustomInt1InShipmentUpdateDto")),
        ("custom_int_2", "customInt2", False, ("model", "CustomInt2InShipmentUpdateDto")),
        ("custom_date_time_utc1", "customDateTimeUTC1", False, ("model", "CustomDateTimeUTC1InShipmentUpdateDto")),
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


_Lazy = _lazy_twin(ShipmentUpdateDto)
