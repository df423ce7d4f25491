from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_date_time_utc1_in_purchase_order_basic_update_dto import (
        CustomDateTimeUTC1InPurchaseOrderBasicUpdateDto,
    )
    from ..models.custom_dec_1_in_purchase_order_basic_update_dto import CustomDec1InPurchaseOrderBasicUpdateDto
    from ..models.custom_dec_2_in_purchase_order_basic_update_dto import CustomDec2InPurchaseOrderBasicUpdateDto
    from ..models.custom_int_1_in_purchase_order_basic_update_dto import CustomInt1InPurchaseOrderBasicUpdateDto
    from ..models.custom_int_2_in_purchase_order_basic_update_dto import CustomInt2InPurchaseOrderBasicUpdateDto
    from ..models.custom_str_1_in_purchase_order_basic_update_dto import CustomStr1InPurchaseOrderBasicUpdateDto
    from ..models.custom_str_2_in_purchase_order_basic_update_dto import CustomStr2InPurchaseOrderBasicUpdateDto
    from ..models.custom_str_3_in_purchase_order_basic_update_dto import CustomStr3InPurchaseOrderBasicUpdateDto
    from ..models.custom_str_4_in_purchase_order_basic_update_dto import CustomStr4InPurchaseOrderBasicUpdateDto
    from ..models.custom_str_5_in_purchase_order_basic_update_dto import CustomStr5InPurchaseOrderBasicUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_guid import DtoValueOfNullableOfGuid
    from ..models.dto_value_of_nullable_of_purchase_order_type import DtoValueOfNullableOfPurchaseOrderType
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.gln_in_purchase_order_basic_update_dto import GlnInPurchaseOrderBasicUpdateDto
    from ..models.purchase_order_line_update_dto import PurchaseOrderLineUpdateDto
    from ..models.supplier_in_purchase_order_basic_update_dto import SupplierInPurchaseOrderBasicUpdateDto
    from ..models.vat_registration_id_in_purchase_order_basic_update_dto import (
        VatRegistrationIdInPurchaseOrderBasicUpdateDto,
    )


T = TypeVar("T", bound="PurchaseOrderBasicUpdateDto")


@_attrs_define
class PurchaseOrderBasicUpdateDto:
    """This class represent a Purchase Order in Purchase Order Controller. Used to pass data to server for creating or
    updating an order
    Supplier is mandatory to create Purchase Order, customer can be identified by Supplier, GLN or VatRegistrationId

        Attributes:
            order_type (DtoValueOfNullableOfPurchaseOrderType | Unset):
            order_number (DtoValueOfString | Unset):
            hold (DtoValueOfNullableOfBoolean | Unset):
            date (DtoValueOfNullableOfDateTime | Unset):
            promised_on (DtoValueOfNullableOfDateTime | Unset):
            description (DtoValueOfString | Unset):
            supplier (SupplierInPurchaseOrderBasicUpdateDto | Unset): Mandatory field if GLN or VatRegistrationId is not
                specified.
            location (DtoValueOfString | Unset):
            gln (GlnInPurchaseOrderBasicUpdateDto | Unset): Mandatory field if Supplier or VatRegistrationId is not
                specified.
            vat_registration_id (VatRegistrationIdInPurchaseOrderBasicUpdateDto | Unset): Mandatory field if Supplier or GLN
                is not specified.
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
            custom_str_1 (CustomStr1InPurchaseOrderBasicUpdateDto | Unset): A free custom colum of type string with max
                length 100.
            custom_str_2 (CustomStr2InPurchaseOrderBasicUpdateDto | Unset): A free custom colum of type string with max
                length 100.
            custom_str_3 (CustomStr3InPurchaseOrderBasicUpdateDto | Unset): A free custom colum of type string with max
                length 100.
            custom_str_4 (CustomStr4InPurchaseOrderBasicUpdateDto | Unset): A free custom colum of type string with max
                length 100.
            custom_str_5 (CustomStr5InPurchaseOrderBasicUpdateDto | Unset): A free custom colum of type string with max
                length 100.
            custom_dec_1 (CustomDec1InPurchaseOrderBasicUpdateDto | Unset): A free custom colum of type decimal with max 4
                decimals.
            custom_dec_2 (CustomDec2InPurchaseOrderBasicUpdateDto | Unset): A free custom colum of type decimal with max 4
                decimals.
            custom_int_1 (CustomInt1InPurchaseOrderBasicUpdateDto | Unset): A free custom colum of type int
            custom_int_2 (CustomInt2InPurchaseOrderBasicUpdateDto | Unset): A free custom colum of type int
            custom_date_time_utc1 (CustomDateTimeUTC1InPurchaseOrderBasicUpdateDto | Unset): A free custom colum of type
                DateTime - in UTC timezone
            time_stamp (str | Unset):
    """

    order_type: DtoValueOfNullableOfPurchaseOrderType | Unset = UNSET
    order_number: DtoValueOfString | Unset = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset = UNSET
    date: DtoValueOfNullableOfDateTime | Unset = UNSET
    promised_on: DtoValueOfNullableOfDateTime | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    supplier: SupplierInPurchaseOrderBasicUpdateDto | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    gln: GlnInPurchaseOrderBasicUpdateDto | Unset = UNSET
    vat_registration_id: VatRegistrationIdInPurchaseOrderBasicUpdateDto | Unset = UNSET
    owner: DtoValueOfNullableOfGuid | Unset = UNSET
    currency: DtoValueOfString | Unset = UNSET
    exchange_rate: DtoValueOfNullableOfDecimal | Unset = UNSET
    supplier_ref: DtoValueOfString | Unset = UNSET
    control_total: DtoValueOfNullableOfDecimal | Unset = UNSET
    branch: DtoValueOfString | Unset = UNSET
    lines: list[PurchaseOrderLineUpdateDto] | Unset = UNSET
    change_dates_on_lines: bool | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    override_number_series: DtoValueOfBoolean | Unset = UNSET
    custom_str_1: CustomStr1InPurchaseOrderBasicUpdateDto | Unset = UNSET
    custom_str_2: CustomStr2InPurchaseOrderBasicUpdateDto | Unset = UNSET
    custom_str_3: CustomStr3InPurchaseOrderBasicUpdateDto | Unset = UNSET
    custom_str_4: CustomStr4InPurchaseOrderBasicUpdateDto | Unset = UNSET
    custom_str_5: CustomStr5InPurchaseOrderBasicUpdateDto | Unset = UNSET
    custom_dec_1: CustomDec1InPurchaseOrderBasicUpdateDto | Unset = UNSET
    custom_dec_2: CustomDec2InPurchaseOrderBasicUpdateDto | Unset = UNSET
    custom_int_1: CustomInt1InPurchaseOrderBasicUpdateDto | Unset = UNSET
    custom_int_2: CustomInt2InPurchaseOrderBasicUpdateDto | Unset = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InPurchaseOrderBasicUpdateDto | Unset = UNSET
    time_stamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.to_dict()

        order_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_number, Unset):
            order_number = self.order_number.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        promised_on: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promised_on, Unset):
            promised_on = self.promised_on.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        gln: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gln, Unset):
            gln = self.gln.to_dict()

        vat_registration_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_registration_id, Unset):
            vat_registration_id = self.vat_registration_id.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        exchange_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange_rate, Unset):
            exchange_rate = self.exchange_rate.to_dict()

        supplier_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_ref, Unset):
            supplier_ref = self.supplier_ref.to_dict()

        control_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_total, Unset):
            control_total = self.control_total.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        change_dates_on_lines = self.change_dates_on_lines

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        override_number_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_number_series, Unset):
            override_number_series = self.override_number_series.to_dict()

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

        time_stamp = self.time_stamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if hold is not UNSET:
            field_dict["hold"] = hold
        if date is not UNSET:
            field_dict["date"] = date
        if promised_on is not UNSET:
            field_dict["promisedOn"] = promised_on
        if description is not UNSET:
            field_dict["description"] = description
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if location is not UNSET:
            field_dict["location"] = location
        if gln is not UNSET:
            field_dict["gln"] = gln
        if vat_registration_id is not UNSET:
            field_dict["vatRegistrationId"] = vat_registration_id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if supplier_ref is not UNSET:
            field_dict["supplierRef"] = supplier_ref
        if control_total is not UNSET:
            field_dict["controlTotal"] = control_total
        if branch is not UNSET:
            field_dict["branch"] = branch
        if lines is not UNSET:
            field_dict["lines"] = lines
        if change_dates_on_lines is not UNSET:
            field_dict["changeDatesOnLines"] = change_dates_on_lines
        if note is not UNSET:
            field_dict["note"] = note
        if override_number_series is not UNSET:
            field_dict["overrideNumberSeries"] = override_number_series
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
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_date_time_utc1_in_purchase_order_basic_update_dto import (
            CustomDateTimeUTC1InPurchaseOrderBasicUpdateDto,
        )
        from ..models.custom_dec_1_in_purchase_order_basic_update_dto import CustomDec1InPurchaseOrderBasicUpdateDto
        from ..models.custom_dec_2_in_purchase_order_basic_update_dto import CustomDec2InPurchaseOrderBasicUpdateDto
        from ..models.custom_int_1_in_purchase_order_basic_update_dto import CustomInt1InPurchaseOrderBasicUpdateDto
        from ..models.custom_int_2_in_purchase_order_basic_update_dto import CustomInt2InPurchaseOrderBasicUpdateDto
        from ..models.custom_str_1_in_purchase_order_basic_update_dto import CustomStr1InPurchaseOrderBasicUpdateDto
        from ..models.custom_str_2_in_purchase_order_basic_update_dto import CustomStr2InPurchaseOrderBasicUpdateDto
        from ..models.custom_str_3_in_purchase_order_basic_update_dto import CustomStr3InPurchaseOrderBasicUpdateDto
        from ..models.custom_str_4_in_purchase_order_basic_update_dto import CustomStr4InPurchaseOrderBasicUpdateDto
        from ..models.custom_str_5_in_purchase_order_basic_update_dto import CustomStr5InPurchaseOrderBasicUpdateDto
        from ..models.dto_value_of_boolean import DtoValueOfBoolean
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_nullable_of_guid import DtoValueOfNullableOfGuid
        from ..models.dto_value_of_nullable_of_purchase_order_type import DtoValueOfNullableOfPurchaseOrderType
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.gln_in_purchase_order_basic_update_dto import GlnInPurchaseOrderBasicUpdateDto
        from ..models.purchase_order_line_update_dto import PurchaseOrderLineUpdateDto
        from ..models.supplier_in_purchase_order_basic_update_dto import SupplierInPurchaseOrderBasicUpdateDto
        from ..models.vat_registration_id_in_purchase_order_basic_update_dto import (
            VatRegistrationIdInPurchaseOrderBasicUpdateDto,
        )

        d = dict(src_dict)
        _order_type = d.pop("orderType", UNSET)
        order_type: DtoValueOfNullableOfPurchaseOrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = DtoValueOfNullableOfPurchaseOrderType.from_dict(_order_type)

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

        _promised_on = d.pop("promisedOn", UNSET)
        promised_on: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_promised_on, Unset):
            promised_on = UNSET
        else:
            promised_on = DtoValueOfNullableOfDateTime.from_dict(_promised_on)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _supplier = d.pop("supplier", UNSET)
        supplier: SupplierInPurchaseOrderBasicUpdateDto | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = SupplierInPurchaseOrderBasicUpdateDto.from_dict(_supplier)

        _location = d.pop("location", UNSET)
        location: DtoValueOfString | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = DtoValueOfString.from_dict(_location)

        _gln = d.pop("gln", UNSET)
        gln: GlnInPurchaseOrderBasicUpdateDto | Unset
        if isinstance(_gln, Unset):
            gln = UNSET
        else:
            gln = GlnInPurchaseOrderBasicUpdateDto.from_dict(_gln)

        _vat_registration_id = d.pop("vatRegistrationId", UNSET)
        vat_registration_id: VatRegistrationIdInPurchaseOrderBasicUpdateDto | Unset
        if isinstance(_vat_registration_id, Unset):
            vat_registration_id = UNSET
        else:
            vat_registration_id = VatRegistrationIdInPurchaseOrderBasicUpdateDto.from_dict(_vat_registration_id)

        _owner = d.pop("owner", UNSET)
        owner: DtoValueOfNullableOfGuid | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = DtoValueOfNullableOfGuid.from_dict(_owner)

        _currency = d.pop("currency", UNSET)
        currency: DtoValueOfString | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = DtoValueOfString.from_dict(_currency)

        _exchange_rate = d.pop("exchangeRate", UNSET)
        exchange_rate: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = DtoValueOfNullableOfDecimal.from_dict(_exchange_rate)

        _supplier_ref = d.pop("supplierRef", UNSET)
        supplier_ref: DtoValueOfString | Unset
        if isinstance(_supplier_ref, Unset):
            supplier_ref = UNSET
        else:
            supplier_ref = DtoValueOfString.from_dict(_supplier_ref)

        _control_total = d.pop("controlTotal", UNSET)
        control_total: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_control_total, Unset):
            control_total = UNSET
        else:
            control_total = DtoValueOfNullableOfDecimal.from_dict(_control_total)

        _branch = d.pop("branch", UNSET)
        branch: DtoValueOfString | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = DtoValueOfString.from_dict(_branch)

        _lines = d.pop("lines", UNSET)
        lines: list[PurchaseOrderLineUpdateDto] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = PurchaseOrderLineUpdateDto.from_dict(lines_item_data)

                lines.append(lines_item)

        change_dates_on_lines = d.pop("changeDatesOnLines", UNSET)

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

        _custom_str_1 = d.pop("customStr1", UNSET)
        custom_str_1: CustomStr1InPurchaseOrderBasicUpdateDto | Unset
        if isinstance(_custom_str_1, Unset):
            custom_str_1 = UNSET
        else:
            custom_str_1 = CustomStr1InPurchaseOrderBasicUpdateDto.from_dict(_custom_str_1)

        _custom_str_2 = d.pop("customStr2", UNSET)
        custom_str_2: CustomStr2InPurchaseOrderBasicUpdateDto | Unset
        if isinstance(_custom_str_2, Unset):
            custom_str_2 = UNSET
        else:
            custom_str_2 = CustomStr2InPurchaseOrderBasicUpdateDto.from_dict(_custom_str_2)

        _custom_str_3 = d.pop("customStr3", UNSET)
        custom_str_3: CustomStr3InPurchaseOrderBasicUpdateDto | Unset
        if isinstance(_custom_str_3, Unset):
            custom_str_3 = UNSET
        else:
            custom_str_3 = CustomStr3InPurchaseOrderBasicUpdateDto.from_dict(_custom_str_3)

        _custom_str_4 = d.pop("customStr4", UNSET)
        custom_str_4: CustomStr4InPurchaseOrderBasicUpdateDto | Unset
        if isinstance(_custom_str_4, Unset):
            custom_str_4 = UNSET
        else:
            custom_str_4 = CustomStr4InPurchaseOrderBasicUpdateDto.from_dict(_custom_str_4)

        _custom_str_5 = d.pop("customStr5", UNSET)
        custom_str_5: CustomStr5InPurchaseOrderBasicUpdateDto | Unset
        if isinstance(_custom_str_5, Unset):
            custom_str_5 = UNSET
        else:
            custom_str_5 = CustomStr5InPurchaseOrderBasicUpdateDto.from_dict(_custom_str_5)

        _custom_dec_1 = d.pop("customDec1", UNSET)
        custom_dec_1: CustomDec1InPurchaseOrderBasicUpdateDto | Unset
        if isinstance(_custom_dec_1, Unset):
            custom_dec_1 = UNSET
        else:
            custom_dec_1 = CustomDec1InPurchaseOrderBasicUpdateDto.from_dict(_custom_dec_1)

        _custom_dec_2 = d.pop("customDec2", UNSET)
        custom_dec_2: CustomDec2InPurchaseOrderBasicUpdateDto | Unset
        if isinstance(_custom_dec_2, Unset):
            custom_dec_2 = UNSET
        else:
            custom_dec_2 = CustomDec2InPurchaseOrderBasicUpdateDto.from_dict(_custom_dec_2)

        _custom_int_1 = d.pop("customInt1", UNSET)
        custom_int_1: CustomInt1InPurchaseOrderBasicUpdateDto | Unset
        if isinstance(_custom_int_1, Unset):
            custom_int_1 = UNSET
        else:
            custom_int_1 = CustomInt1InPurchaseOrderBasicUpdateDto.from_dict(_custom_int_1)

        _custom_int_2 = d.pop("customInt2", UNSET)
        custom_int_2: CustomInt2InPurchaseOrderBasicUpdateDto | Unset
        if isinstance(_custom_int_2, Unset):
            custom_int_2 = UNSET
        else:
            custom_int_2 = CustomInt2InPurchaseOrderBasicUpdateDto.from_dict(_custom_int_2)

        _custom_date_time_utc1 = d.pop("customDateTimeUTC1", UNSET)
        custom_date_time_utc1: CustomDateTimeUTC1InPurchaseOrderBasicUpdateDto | Unset
        if isinstance(_custom_date_time_utc1, Unset):
            custom_date_time_utc1 = UNSET
        else:
            custom_date_time_utc1 = CustomDateTimeUTC1InPurchaseOrderBasicUpdateDto.from_dict(_custom_date_time_utc1)

        time_stamp = d.pop("timeStamp", UNSET)

        purchase_order_basic_update_dto = cls(
            order_type=order_type,
            order_number=order_number,
            hold=hold,
            date=date,
            promised_on=promised_on,
            description=description,
            supplier=supplier,
            location=location,
            gln=gln,
            vat_registration_id=vat_registration_id,
            owner=owner,
            currency=currency,
            exchange_rate=exchange_rate,
            supplier_ref=supplier_ref,
            control_total=control_total,
            branch=branch,
            lines=lines,
            change_dates_on_lines=change_dates_on_lines,
            note=note,
            override_number_series=override_number_series,
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
            time_stamp=time_stamp,
        )

        purchase_order_basic_update_dto.additional_properties = d
        return purchase_order_basic_update_dto

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
