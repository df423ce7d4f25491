from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_date_time_utc1_in_shipment_create_dto import CustomDateTimeUTC1InShipmentCreateDto
    from ..models.custom_dec_1_in_shipment_create_dto import CustomDec1InShipmentCreateDto
    from ..models.custom_dec_2_in_shipment_create_dto import CustomDec2InShipmentCreateDto
    from ..models.custom_int_1_in_shipment_create_dto import CustomInt1InShipmentCreateDto
    from ..models.custom_int_2_in_shipment_create_dto import CustomInt2InShipmentCreateDto
    from ..models.custom_str_1_in_shipment_create_dto import CustomStr1InShipmentCreateDto
    from ..models.custom_str_2_in_shipment_create_dto import CustomStr2InShipmentCreateDto
    from ..models.custom_str_3_in_shipment_create_dto import CustomStr3InShipmentCreateDto
    from ..models.custom_str_4_in_shipment_create_dto import CustomStr4InShipmentCreateDto
    from ..models.custom_str_5_in_shipment_create_dto import CustomStr5InShipmentCreateDto
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


T = TypeVar("T", bound="ShipmentCreateDto")


@_attrs_define
class ShipmentCreateDto:
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
        custom_str_1 (CustomStr1InShipmentCreateDto | Unset): A free custom colum of type string with max length 100.
        custom_str_2 (CustomStr2InShipmentCreateDto | Unset): A free custom colum of type string with max length 100.
        custom_str_3 (CustomStr3InShipmentCreateDto | Unset): A free custom colum of type string with max length 100.
        custom_str_4 (CustomStr4InShipmentCreateDto | Unset): A free custom colum of type string with max length 100.
        custom_str_5 (CustomStr5InShipmentCreateDto | Unset): A free custom colum of type string with max length 100.
        custom_dec_1 (CustomDec1InShipmentCreateDto | Unset): A free custom colum of type decimal with max 4 decimals.
        custom_dec_2 (CustomDec2InShipmentCreateDto | Unset): A free custom colum of type decimal with max 4 decimals.
        custom_int_1 (CustomInt1InShipmentCreateDto | Unset): A free custom colum of type int
        custom_int_2 (CustomInt2InShipmentCreateDto | Unset): A free custom colum of type int
        custom_date_time_utc1 (CustomDateTimeUTC1InShipmentCreateDto | Unset): A free custom colum of type DateTime - in
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
    custom_str_1: CustomStr1InShipmentCreateDto | Unset = UNSET
    custom_str_2: CustomStr2InShipmentCreateDto | Unset = UNSET
    custom_str_3: CustomStr3InShipmentCreateDto | Unset = UNSET
    custom_str_4: CustomStr4InShipmentCreateDto | Unset = UNSET
    custom_str_5: CustomStr5InShipmentCreateDto | Unset = UNSET
    custom_dec_1: CustomDec1InShipmentCreateDto | Unset = UNSET
    custom_dec_2: CustomDec2InShipmentCreateDto | Unset = UNSET
    custom_int_1: CustomInt1InShipmentCreateDto | Unset = UNSET
    custom_int_2: CustomInt2InShipmentCreateDto | Unset = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InShipmentCreateDto | Unset = UNSET
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
        from ..models.custom_date_time_utc1_in_shipment_create_dto import CustomDateTimeUTC1InShipmentCreateDto
        from ..models.custom_dec_1_in_shipment_create_dto import CustomDec1InShipmentCreateDto
        from ..models.custom_dec_2_in_shipment_create_dto import CustomDec2InShipmentCreateDto
        from ..models.custom_int_1_in_shipment_create_dto import CustomInt1InShipmentCreateDto
        from ..models.custom_int_2_in_shipment_create_dto import CustomInt2InShipmentCreateDto
        from ..models.custom_str_1_in_shipment_create_dto import CustomStr1InShipmentCreateDto
        from ..models.custom_str_2_in_shipment_create_dto import CustomStr2InShipmentCreateDto
        from ..models.custom_str_3_in_shipment_create_dto import CustomStr3InShipmentCreateDto
        from ..models.custom_str_4_in_shipment_create_dto import CustomStr4InShipmentCreateDto
        from ..models.custom_str_5_in_shipment_create_dto import CustomStr5InShipmentCreateDto
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

        d = dict(src_dict)
        _shipment_type = d.pop("shipmentType", UNSET)
        shipment_type: DtoValueOfNullableOfShipmentTypes | Unset
        if isinstance(_shipment_type, Unset):
            shipment_type = UNSET
        else:
            shipment_type = DtoValueOfNullableOfShipmentTypes.from_dict(_shipment_type)

        _operation = d.pop("operation", UNSET)
        operation: DtoValueOfNullableOfShipmentOperations | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = DtoValueOfNullableOfShipmentOperations.from_dict(_operation)

        _shipment_date = d.pop("shipmentDate", UNSET)
        shipment_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_shipment_date, Unset):
            shipment_date = UNSET
        else:
            shipment_date = DtoValueOfNullableOfDateTime.from_dict(_shipment_date)

        _location = d.pop("location", UNSET)
        location: DtoValueOfString | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = DtoValueOfString.from_dict(_location)

        _customer = d.pop("customer", UNSET)
        customer: DtoValueOfString | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = DtoValueOfString.from_dict(_customer)

        _owner = d.pop("owner", UNSET)
        owner: DtoValueOfString | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = DtoValueOfString.from_dict(_owner)

        _hold = d.pop("hold", UNSET)
        hold: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = DtoValueOfNullableOfBoolean.from_dict(_hold)

        _from_warehouse = d.pop("fromWarehouse", UNSET)
        from_warehouse: DtoValueOfString | Unset
        if isinstance(_from_warehouse, Unset):
            from_warehouse = UNSET
        else:
            from_warehouse = DtoValueOfString.from_dict(_from_warehouse)

        _to_warehouse = d.pop("toWarehouse", UNSET)
        to_warehouse: DtoValueOfString | Unset
        if isinstance(_to_warehouse, Unset):
            to_warehouse = UNSET
        else:
            to_warehouse = DtoValueOfString.from_dict(_to_warehouse)

        _control_quantity = d.pop("controlQuantity", UNSET)
        control_quantity: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_control_quantity, Unset):
            control_quantity = UNSET
        else:
            control_quantity = DtoValueOfNullableOfDecimal.from_dict(_control_quantity)

        _override_contact = d.pop("overrideContact", UNSET)
        override_contact: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_override_contact, Unset):
            override_contact = UNSET
        else:
            override_contact = DtoValueOfNullableOfBoolean.from_dict(_override_contact)

        _business_name = d.pop("businessName", UNSET)
        business_name: DtoValueOfString | Unset
        if isinstance(_business_name, Unset):
            business_name = UNSET
        else:
            business_name = DtoValueOfString.from_dict(_business_name)

        _attention = d.pop("attention", UNSET)
        attention: DtoValueOfString | Unset
        if isinstance(_attention, Unset):
            attention = UNSET
        else:
            attention = DtoValueOfString.from_dict(_attention)

        _phone1 = d.pop("phone1", UNSET)
        phone1: DtoValueOfString | Unset
        if isinstance(_phone1, Unset):
            phone1 = UNSET
        else:
            phone1 = DtoValueOfString.from_dict(_phone1)

        _email = d.pop("email", UNSET)
        email: DtoValueOfString | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = DtoValueOfString.from_dict(_email)

        _override_address = d.pop("overrideAddress", UNSET)
        override_address: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_override_address, Unset):
            override_address = UNSET
        else:
            override_address = DtoValueOfNullableOfBoolean.from_dict(_override_address)

        _address_line_1 = d.pop("addressLine1", UNSET)
        address_line_1: DtoValueOfString | Unset
        if isinstance(_address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = DtoValueOfString.from_dict(_address_line_1)

        _address_line_2 = d.pop("addressLine2", UNSET)
        address_line_2: DtoValueOfString | Unset
        if isinstance(_address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = DtoValueOfString.from_dict(_address_line_2)

        _city = d.pop("city", UNSET)
        city: DtoValueOfString | Unset
        if isinstance(_city, Unset):
            city = UNSET
        else:
            city = DtoValueOfString.from_dict(_city)

        _country = d.pop("country", UNSET)
        country: DtoValueOfString | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = DtoValueOfString.from_dict(_country)

        _county = d.pop("county", UNSET)
        county: DtoValueOfString | Unset
        if isinstance(_county, Unset):
            county = UNSET
        else:
            county = DtoValueOfString.from_dict(_county)

        _postal_code = d.pop("postalCode", UNSET)
        postal_code: DtoValueOfString | Unset
        if isinstance(_postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = DtoValueOfString.from_dict(_postal_code)

        _ship_via = d.pop("shipVia", UNSET)
        ship_via: DtoValueOfString | Unset
        if isinstance(_ship_via, Unset):
            ship_via = UNSET
        else:
            ship_via = DtoValueOfString.from_dict(_ship_via)

        _fob_point = d.pop("fobPoint", UNSET)
        fob_point: DtoValueOfString | Unset
        if isinstance(_fob_point, Unset):
            fob_point = UNSET
        else:
            fob_point = DtoValueOfString.from_dict(_fob_point)

        _shipping_terms = d.pop("shippingTerms", UNSET)
        shipping_terms: DtoValueOfString | Unset
        if isinstance(_shipping_terms, Unset):
            shipping_terms = UNSET
        else:
            shipping_terms = DtoValueOfString.from_dict(_shipping_terms)

        _shipping_zone = d.pop("shippingZone", UNSET)
        shipping_zone: DtoValueOfString | Unset
        if isinstance(_shipping_zone, Unset):
            shipping_zone = UNSET
        else:
            shipping_zone = DtoValueOfString.from_dict(_shipping_zone)

        _residential_delivery = d.pop("residentialDelivery", UNSET)
        residential_delivery: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_residential_delivery, Unset):
            residential_delivery = UNSET
        else:
            residential_delivery = DtoValueOfNullableOfBoolean.from_dict(_residential_delivery)

        _saturday_delivery = d.pop("saturdayDelivery", UNSET)
        saturday_delivery: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_saturday_delivery, Unset):
            saturday_delivery = UNSET
        else:
            saturday_delivery = DtoValueOfNullableOfBoolean.from_dict(_saturday_delivery)

        _use_customer_account = d.pop("useCustomerAccount", UNSET)
        use_customer_account: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_use_customer_account, Unset):
            use_customer_account = UNSET
        else:
            use_customer_account = DtoValueOfNullableOfBoolean.from_dict(_use_customer_account)

        _insurance = d.pop("insurance", UNSET)
        insurance: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_insurance, Unset):
            insurance = UNSET
        else:
            insurance = DtoValueOfNullableOfBoolean.from_dict(_insurance)

        _freight_amt = d.pop("freightAmt", UNSET)
        freight_amt: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_freight_amt, Unset):
            freight_amt = UNSET
        else:
            freight_amt = DtoValueOfNullableOfDecimal.from_dict(_freight_amt)

        _freight_cost = d.pop("freightCost", UNSET)
        freight_cost: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_freight_cost, Unset):
            freight_cost = UNSET
        else:
            freight_cost = DtoValueOfNullableOfDecimal.from_dict(_freight_cost)

        _transaction_type = d.pop("transactionType", UNSET)
        transaction_type: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = DtoValueOfNullableOfInt32.from_dict(_transaction_type)

        _mode_of_trasport = d.pop("modeOfTrasport", UNSET)
        mode_of_trasport: DtoValueOfNullableOfTransportationModes | Unset
        if isinstance(_mode_of_trasport, Unset):
            mode_of_trasport = UNSET
        else:
            mode_of_trasport = DtoValueOfNullableOfTransportationModes.from_dict(_mode_of_trasport)

        _container = d.pop("container", UNSET)
        container: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_container, Unset):
            container = UNSET
        else:
            container = DtoValueOfNullableOfBoolean.from_dict(_container)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        _shipment_detail_lines = d.pop("shipmentDetailLines", UNSET)
        shipment_detail_lines: list[ShipmentDetailLineUpdateDto] | Unset = UNSET
        if _shipment_detail_lines is not UNSET:
            shipment_detail_lines = []
            for shipment_detail_lines_item_data in _shipment_detail_lines:
                shipment_detail_lines_item = ShipmentDetailLineUpdateDto.from_dict(shipment_detail_lines_item_data)

                shipment_detail_lines.append(shipment_detail_lines_item)

        _shipment_package_lines = d.pop("shipmentPackageLines", UNSET)
        shipment_package_lines: list[ShipmentPackageLineUpdateDto] | Unset = UNSET
        if _shipment_package_lines is not UNSET:
            shipment_package_lines = []
            for shipment_package_lines_item_data in _shipment_package_lines:
                shipment_package_lines_item = ShipmentPackageLineUpdateDto.from_dict(shipment_package_lines_item_data)

                shipment_package_lines.append(shipment_package_lines_item)

        _custom_str_1 = d.pop("customStr1", UNSET)
        custom_str_1: CustomStr1InShipmentCreateDto | Unset
        if isinstance(_custom_str_1, Unset):
            custom_str_1 = UNSET
        else:
            custom_str_1 = CustomStr1InShipmentCreateDto.from_dict(_custom_str_1)

        _custom_str_2 = d.pop("customStr2", UNSET)
        custom_str_2: CustomStr2InShipmentCreateDto | Unset
        if isinstance(_custom_str_2, Unset):
            custom_str_2 = UNSET
        else:
            custom_str_2 = CustomStr2InShipmentCreateDto.from_dict(_custom_str_2)

        _custom_str_3 = d.pop("customStr3", UNSET)
        custom_str_3: CustomStr3InShipmentCreateDto | Unset
        if isinstance(_custom_str_3, Unset):
            custom_str_3 = UNSET
        else:
            custom_str_3 = CustomStr3InShipmentCreateDto.from_dict(_custom_str_3)

        _custom_str_4 = d.pop("customStr4", UNSET)
        custom_str_4: CustomStr4InShipmentCreateDto | Unset
        if isinstance(_custom_str_4, Unset):
            custom_str_4 = UNSET
        else:
            custom_str_4 = CustomStr4InShipmentCreateDto.from_dict(_custom_str_4)

        _custom_str_5 = d.pop("customStr5", UNSET)
        custom_str_5: CustomStr5InShipmentCreateDto | Unset
        if isinstance(_custom_str_5, Unset):
            custom_str_5 = UNSET
        else:
            custom_str_5 = CustomStr5InShipmentCreateDto.from_dict(_custom_str_5)

        _custom_dec_1 = d.pop("customDec1", UNSET)
        custom_dec_1: CustomDec1InShipmentCreateDto | Unset
        if isinstance(_custom_dec_1, Unset):
            custom_dec_1 = UNSET
        else:
            custom_dec_1 = CustomDec1InShipmentCreateDto.from_dict(_custom_dec_1)

        _custom_dec_2 = d.pop("customDec2", UNSET)
        custom_dec_2: CustomDec2InShipmentCreateDto | Unset
        if isinstance(_custom_dec_2, Unset):
            custom_dec_2 = UNSET
        else:
            custom_dec_2 = CustomDec2InShipmentCreateDto.from_dict(_custom_dec_2)

        _custom_int_1 = d.pop("customInt1", UNSET)
        custom_int_1: CustomInt1InShipmentCreateDto | Unset
        if isinstance(_custom_int_1, Unset):
            custom_int_1 = UNSET
        else:
            custom_int_1 = CustomInt1InShipmentCreateDto.from_dict(_custom_int_1)

        _custom_int_2 = d.pop("customInt2", UNSET)
        custom_int_2: CustomInt2InShipmentCreateDto | Unset
        if isinstance(_custom_int_2, Unset):
            custom_int_2 = UNSET
        else:
            custom_int_2 = CustomInt2InShipmentCreateDto.from_dict(_custom_int_2)

        _custom_date_time_utc1 = d.pop("customDateTimeUTC1", UNSET)
        custom_date_time_utc1: CustomDateTimeUTC1InShipmentCreateDto | Unset
        if isinstance(_custom_date_time_utc1, Unset):
            custom_date_time_utc1 = UNSET
        else:
            custom_date_time_utc1 = CustomDateTimeUTC1InShipmentCreateDto.from_dict(_custom_date_time_utc1)

        shipment_create_dto = cls(
            shipment_type=shipment_type,
            operation=operation,
            shipment_date=shipment_date,
            location=location,
            customer=customer,
            owner=owner,
            hold=hold,
            from_warehouse=from_warehouse,
            to_warehouse=to_warehouse,
            control_quantity=control_quantity,
            override_contact=override_contact,
            business_name=business_name,
            attention=attention,
            phone1=phone1,
            email=email,
            override_address=override_address,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            city=city,
            country=country,
            county=county,
            postal_code=postal_code,
            ship_via=ship_via,
            fob_point=fob_point,
            shipping_terms=shipping_terms,
            shipping_zone=shipping_zone,
            residential_delivery=residential_delivery,
            saturday_delivery=saturday_delivery,
            use_customer_account=use_customer_account,
            insurance=insurance,
            freight_amt=freight_amt,
            freight_cost=freight_cost,
            transaction_type=transaction_type,
            mode_of_trasport=mode_of_trasport,
            container=container,
            note=note,
            shipment_detail_lines=shipment_detail_lines,
            shipment_package_lines=shipment_package_lines,
            custom_str_1=custom_str_1,
            custom_str_2=custom_str_2,
            custom_str_3=custom_str_3,
            custom_str_4=custom_str_4,
            custom_str_5=custom_str_5,
            custom_dec_1=custom_dec_1,
            custom_dec_2=custom_dec_2,
            custom_int_1=custom_int_1,
            custom_int_2=custom_int_2,
            custom_date_time_utc1=custom_date_time_utc1,
        )

        shipment_create_dto.additional_properties = d
        return shipment_create_dto

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
