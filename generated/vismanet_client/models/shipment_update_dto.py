from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class ShipmentUpdateDto:
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

    shipment_type: DtoValueOfNullableOfShipmentTypes | Unset = UNSET
    operation: DtoValueOfNullableOfShipmentOperations | Unset = UNSET
    shipment_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    customer: DtoValueOfString | Unset = UNSET
    owner: DtoValueOfString | Unset = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset = UNSET
    from_warehouse: DtoValueOfString | Unset = UNSET
    to_warehouse: DtoValueOfString | Unset = UNSET
    control_quantity: DtoValueOfNullableOfDecimal | Unset = UNSET
    override_contact: DtoValueOfNullableOfBoolean | Unset = UNSET
    business_name: DtoValueOfString | Unset = UNSET
    attention: DtoValueOfString | Unset = UNSET
    phone1: DtoValueOfString | Unset = UNSET
    email: DtoValueOfString | Unset = UNSET
    override_address: DtoValueOfNullableOfBoolean | Unset = UNSET
    address_line_1: DtoValueOfString | Unset = UNSET
    address_line_2: DtoValueOfString | Unset = UNSET
    city: DtoValueOfString | Unset = UNSET
    country: DtoValueOfString | Unset = UNSET
    county: DtoValueOfString | Unset = UNSET
    postal_code: DtoValueOfString | Unset = UNSET
    ship_via: DtoValueOfString | Unset = UNSET
    fob_point: DtoValueOfString | Unset = UNSET
    shipping_terms: DtoValueOfString | Unset = UNSET
    shipping_zone: DtoValueOfString | Unset = UNSET
    residential_delivery: DtoValueOfNullableOfBoolean | Unset = UNSET
    saturday_delivery: DtoValueOfNullableOfBoolean | Unset = UNSET
    use_customer_account: DtoValueOfNullableOfBoolean | Unset = UNSET
    insurance: DtoValueOfNullableOfBoolean | Unset = UNSET
    freight_amt: DtoValueOfNullableOfDecimal | Unset = UNSET
    freight_cost: DtoValueOfNullableOfDecimal | Unset = UNSET
    transaction_type: DtoValueOfNullableOfInt32 | Unset = UNSET
    mode_of_trasport: DtoValueOfNullableOfTransportationModes | Unset = UNSET
    container: DtoValueOfNullableOfBoolean | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    shipment_detail_lines: list[ShipmentDetailLineUpdateDto] | Unset = UNSET
    shipment_package_lines: list[ShipmentPackageLineUpdateDto] | Unset = UNSET
    custom_str_1: CustomStr1InShipmentUpdateDto | Unset = UNSET
    custom_str_2: CustomStr2InShipmentUpdateDto | Unset = UNSET
    custom_str_3: CustomStr3InShipmentUpdateDto | Unset = UNSET
    custom_str_4: CustomStr4InShipmentUpdateDto | Unset = UNSET
    custom_str_5: CustomStr5InShipmentUpdateDto | Unset = UNSET
    custom_dec_1: CustomDec1InShipmentUpdateDto | Unset = UNSET
    custom_dec_2: CustomDec2InShipmentUpdateDto | Unset = UNSET
    custom_int_1: CustomInt1InShipmentUpdateDto | Unset = UNSET
    custom_int_2: CustomInt2InShipmentUpdateDto | Unset = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InShipmentUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipment_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment_type, Unset):
            shipment_type = self.shipment_type.to_dict()

        operation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.to_dict()

        shipment_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment_date, Unset):
            shipment_date = self.shipment_date.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        from_warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_warehouse, Unset):
            from_warehouse = self.from_warehouse.to_dict()

        to_warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to_warehouse, Unset):
            to_warehouse = self.to_warehouse.to_dict()

        control_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_quantity, Unset):
            control_quantity = self.control_quantity.to_dict()

        override_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_contact, Unset):
            override_contact = self.override_contact.to_dict()

        business_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_name, Unset):
            business_name = self.business_name.to_dict()

        attention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attention, Unset):
            attention = self.attention.to_dict()

        phone1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone1, Unset):
            phone1 = self.phone1.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        override_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_address, Unset):
            override_address = self.override_address.to_dict()

        address_line_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_line_1, Unset):
            address_line_1 = self.address_line_1.to_dict()

        address_line_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_line_2, Unset):
            address_line_2 = self.address_line_2.to_dict()

        city: dict[str, Any] | Unset = UNSET
        if not isinstance(self.city, Unset):
            city = self.city.to_dict()

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        county: dict[str, Any] | Unset = UNSET
        if not isinstance(self.county, Unset):
            county = self.county.to_dict()

        postal_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_code, Unset):
            postal_code = self.postal_code.to_dict()

        ship_via: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_via, Unset):
            ship_via = self.ship_via.to_dict()

        fob_point: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fob_point, Unset):
            fob_point = self.fob_point.to_dict()

        shipping_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_terms, Unset):
            shipping_terms = self.shipping_terms.to_dict()

        shipping_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_zone, Unset):
            shipping_zone = self.shipping_zone.to_dict()

        residential_delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.residential_delivery, Unset):
            residential_delivery = self.residential_delivery.to_dict()

        saturday_delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.saturday_delivery, Unset):
            saturday_delivery = self.saturday_delivery.to_dict()

        use_customer_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.use_customer_account, Unset):
            use_customer_account = self.use_customer_account.to_dict()

        insurance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.insurance, Unset):
            insurance = self.insurance.to_dict()

        freight_amt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight_amt, Unset):
            freight_amt = self.freight_amt.to_dict()

        freight_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight_cost, Unset):
            freight_cost = self.freight_cost.to_dict()

        transaction_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type.to_dict()

        mode_of_trasport: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mode_of_trasport, Unset):
            mode_of_trasport = self.mode_of_trasport.to_dict()

        container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container, Unset):
            container = self.container.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        shipment_detail_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_detail_lines, Unset):
            shipment_detail_lines = []
            for shipment_detail_lines_item_data in self.shipment_detail_lines:
                shipment_detail_lines_item = shipment_detail_lines_item_data.to_dict()
                shipment_detail_lines.append(shipment_detail_lines_item)

        shipment_package_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_package_lines, Unset):
            shipment_package_lines = []
            for shipment_package_lines_item_data in self.shipment_package_lines:
                shipment_package_lines_item = shipment_package_lines_item_data.to_dict()
                shipment_package_lines.append(shipment_package_lines_item)

        custom_str_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_str_1, Unset):
            custom_str_1 = self.custom_str_1.to_dict()

        custom_str_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_str_2, Unset):
            custom_str_2 = self.custom_str_2.to_dict()

        custom_str_3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_str_3, Unset):
            custom_str_3 = self.custom_str_3.to_dict()

        custom_str_4: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_str_4, Unset):
            custom_str_4 = self.custom_str_4.to_dict()

        custom_str_5: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_str_5, Unset):
            custom_str_5 = self.custom_str_5.to_dict()

        custom_dec_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_dec_1, Unset):
            custom_dec_1 = self.custom_dec_1.to_dict()

        custom_dec_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_dec_2, Unset):
            custom_dec_2 = self.custom_dec_2.to_dict()

        custom_int_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_int_1, Unset):
            custom_int_1 = self.custom_int_1.to_dict()

        custom_int_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_int_2, Unset):
            custom_int_2 = self.custom_int_2.to_dict()

        custom_date_time_utc1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_date_time_utc1, Unset):
            custom_date_time_utc1 = self.custom_date_time_utc1.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipment_type is not UNSET:
            field_dict["shipmentType"] = shipment_type
        if operation is not UNSET:
            field_dict["operation"] = operation
        if shipment_date is not UNSET:
            field_dict["shipmentDate"] = shipment_date
        if location is not UNSET:
            field_dict["location"] = location
        if customer is not UNSET:
            field_dict["customer"] = customer
        if owner is not UNSET:
            field_dict["owner"] = owner
        if hold is not UNSET:
            field_dict["hold"] = hold
        if from_warehouse is not UNSET:
            field_dict["fromWarehouse"] = from_warehouse
        if to_warehouse is not UNSET:
            field_dict["toWarehouse"] = to_warehouse
        if control_quantity is not UNSET:
            field_dict["controlQuantity"] = control_quantity
        if override_contact is not UNSET:
            field_dict["overrideContact"] = override_contact
        if business_name is not UNSET:
            field_dict["businessName"] = business_name
        if attention is not UNSET:
            field_dict["attention"] = attention
        if phone1 is not UNSET:
            field_dict["phone1"] = phone1
        if email is not UNSET:
            field_dict["email"] = email
        if override_address is not UNSET:
            field_dict["overrideAddress"] = override_address
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if county is not UNSET:
            field_dict["county"] = county
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if ship_via is not UNSET:
            field_dict["shipVia"] = ship_via
        if fob_point is not UNSET:
            field_dict["fobPoint"] = fob_point
        if shipping_terms is not UNSET:
            field_dict["shippingTerms"] = shipping_terms
        if shipping_zone is not UNSET:
            field_dict["shippingZone"] = shipping_zone
        if residential_delivery is not UNSET:
            field_dict["residentialDelivery"] = residential_delivery
        if saturday_delivery is not UNSET:
            field_dict["saturdayDelivery"] = saturday_delivery
        if use_customer_account is not UNSET:
            field_dict["useCustomerAccount"] = use_customer_account
        if insurance is not UNSET:
            field_dict["insurance"] = insurance
        if freight_amt is not UNSET:
            field_dict["freightAmt"] = freight_amt
        if freight_cost is not UNSET:
            field_dict["freightCost"] = freight_cost
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if mode_of_trasport is not UNSET:
            field_dict["modeOfTrasport"] = mode_of_trasport
        if container is not UNSET:
            field_dict["container"] = container
        if note is not UNSET:
            field_dict["note"] = note
        if shipment_detail_lines is not UNSET:
            field_dict["shipmentDetailLines"] = shipment_detail_lines
        if shipment_package_lines is not UNSET:
            field_dict["shipmentPackageLines"] = shipment_package_lines
        if custom_str_1 is not UNSET:
            field_dict["customStr1"] = custom_str_1
        if custom_str_2 is not UNSET:
            field_dict["customStr2"] = custom_str_2
        if custom_str_3 is not UNSET:
            field_dict["customStr3"] = custom_str_3
        if custom_str_4 is not UNSET:
            field_dict["customStr4"] = custom_str_4
        if custom_str_5 is not UNSET:
            field_dict["customStr5"] = custom_str_5
        if custom_dec_1 is not UNSET:
            field_dict["customDec1"] = custom_dec_1
        if custom_dec_2 is not UNSET:
            field_dict["customDec2"] = custom_dec_2
        if custom_int_1 is not UNSET:
            field_dict["customInt1"] = custom_int_1
        if custom_int_2 is not UNSET:
            field_dict["customInt2"] = custom_int_2
        if custom_date_time_utc1 is not UNSET:
            field_dict["customDateTimeUTC1"] = custom_date_time_utc1

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("shipmentType", UNSET)
        _instance.shipment_type = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfShipmentTypes.from_dict(_value)
        )
        _value = _rest.pop("operation", UNSET)
        _instance.operation = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfShipmentOperations.from_dict(_value)
        )
        _value = _rest.pop("shipmentDate", UNSET)
        _instance.shipment_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("owner", UNSET)
        _instance.owner = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("fromWarehouse", UNSET)
        _instance.from_warehouse = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("toWarehouse", UNSET)
        _instance.to_warehouse = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("controlQuantity", UNSET)
        _instance.control_quantity = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("overrideContact", UNSET)
        _instance.override_contact = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("businessName", UNSET)
        _instance.business_name = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("attention", UNSET)
        _instance.attention = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("phone1", UNSET)
        _instance.phone1 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("email", UNSET)
        _instance.email = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("overrideAddress", UNSET)
        _instance.override_address = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("addressLine1", UNSET)
        _instance.address_line_1 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("addressLine2", UNSET)
        _instance.address_line_2 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("city", UNSET)
        _instance.city = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("country", UNSET)
        _instance.country = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("county", UNSET)
        _instance.county = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("postalCode", UNSET)
        _instance.postal_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("shipVia", UNSET)
        _instance.ship_via = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("fobPoint", UNSET)
        _instance.fob_point = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("shippingTerms", UNSET)
        _instance.shipping_terms = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("shippingZone", UNSET)
        _instance.shipping_zone = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("residentialDelivery", UNSET)
        _instance.residential_delivery = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("saturdayDelivery", UNSET)
        _instance.saturday_delivery = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("useCustomerAccount", UNSET)
        _instance.use_customer_account = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("insurance", UNSET)
        _instance.insurance = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("freightAmt", UNSET)
        _instance.freight_amt = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("freightCost", UNSET)
        _instance.freight_cost = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("transactionType", UNSET)
        _instance.transaction_type = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        _value = _rest.pop("modeOfTrasport", UNSET)
        _instance.mode_of_trasport = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfTransportationModes.from_dict(_value)
        )
        _value = _rest.pop("container", UNSET)
        _instance.container = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("shipmentDetailLines", UNSET)
        _instance.shipment_detail_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.ShipmentDetailLineUpdateDto.from_dict(shipment_detail_lines_item_data)
                for shipment_detail_lines_item_data in _value
            ]
        )
        _value = _rest.pop("shipmentPackageLines", UNSET)
        _instance.shipment_package_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.ShipmentPackageLineUpdateDto.from_dict(shipment_package_lines_item_data)
                for shipment_package_lines_item_data in _value
            ]
        )
        _value = _rest.pop("customStr1", UNSET)
        _instance.custom_str_1 = UNSET if _value is UNSET else _models.CustomStr1InShipmentUpdateDto.from_dict(_value)
        _value = _rest.pop("customStr2", UNSET)
        _instance.custom_str_2 = UNSET if _value is UNSET else _models.CustomStr2InShipmentUpdateDto.from_dict(_value)
        _value = _rest.pop("customStr3", UNSET)
        _instance.custom_str_3 = UNSET if _value is UNSET else _models.CustomStr3InShipmentUpdateDto.from_dict(_value)
        _value = _rest.pop("customStr4", UNSET)
        _instance.custom_str_4 = UNSET if _value is UNSET else _models.CustomStr4InShipmentUpdateDto.from_dict(_value)
        _value = _rest.pop("customStr5", UNSET)
        _instance.custom_str_5 = UNSET if _value is UNSET else _models.CustomStr5InShipmentUpdateDto.from_dict(_value)
        _value = _rest.pop("customDec1", UNSET)
        _instance.custom_dec_1 = UNSET if _value is UNSET else _models.CustomDec1InShipmentUpdateDto.from_dict(_value)
        _value = _rest.pop("customDec2", UNSET)
        _instance.custom_dec_2 = UNSET if _value is UNSET else _models.CustomDec2InShipmentUpdateDto.from_dict(_value)
        _value = _rest.pop("customInt1", UNSET)
        _instance.custom_int_1 = UNSET if _value is UNSET else _models.CustomInt1InShipmentUpdateDto.from_dict(_value)
        _value = _rest.pop("customInt2", UNSET)
        _instance.custom_int_2 = UNSET if _value is UNSET else _models.CustomInt2InShipmentUpdateDto.from_dict(_value)
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        _instance.custom_date_time_utc1 = (
            UNSET if _value is UNSET else _models.CustomDateTimeUTC1InShipmentUpdateDto.from_dict(_value)
        )
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
