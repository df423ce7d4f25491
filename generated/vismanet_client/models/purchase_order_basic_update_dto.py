from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
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

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("orderType", UNSET)
        _instance.order_type = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfPurchaseOrderType.from_dict(_value)
        )
        _value = _rest.pop("orderNumber", UNSET)
        _instance.order_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("promisedOn", UNSET)
        _instance.promised_on = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("supplier", UNSET)
        _instance.supplier = (
            UNSET if _value is UNSET else _models.SupplierInPurchaseOrderBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("gln", UNSET)
        _instance.gln = UNSET if _value is UNSET else _models.GlnInPurchaseOrderBasicUpdateDto.from_dict(_value)
        _value = _rest.pop("vatRegistrationId", UNSET)
        _instance.vat_registration_id = (
            UNSET if _value is UNSET else _models.VatRegistrationIdInPurchaseOrderBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("owner", UNSET)
        _instance.owner = UNSET if _value is UNSET else _models.DtoValueOfNullableOfGuid.from_dict(_value)
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("exchangeRate", UNSET)
        _instance.exchange_rate = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("supplierRef", UNSET)
        _instance.supplier_ref = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("controlTotal", UNSET)
        _instance.control_total = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [_models.PurchaseOrderLineUpdateDto.from_dict(lines_item_data) for lines_item_data in _value]
        )
        _instance.change_dates_on_lines = _rest.pop("changeDatesOnLines", UNSET)
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("overrideNumberSeries", UNSET)
        _instance.override_number_series = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("customStr1", UNSET)
        _instance.custom_str_1 = (
            UNSET if _value is UNSET else _models.CustomStr1InPurchaseOrderBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr2", UNSET)
        _instance.custom_str_2 = (
            UNSET if _value is UNSET else _models.CustomStr2InPurchaseOrderBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr3", UNSET)
        _instance.custom_str_3 = (
            UNSET if _value is UNSET else _models.CustomStr3InPurchaseOrderBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr4", UNSET)
        _instance.custom_str_4 = (
            UNSET if _value is UNSET else _models.CustomStr4InPurchaseOrderBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customStr5", UNSET)
        _instance.custom_str_5 = (
            UNSET if _value is UNSET else _models.CustomStr5InPurchaseOrderBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customDec1", UNSET)
        _instance.custom_dec_1 = (
            UNSET if _value is UNSET else _models.CustomDec1InPurchaseOrderBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customDec2", UNSET)
        _instance.custom_dec_2 = (
            UNSET if _value is UNSET else _models.CustomDec2InPurchaseOrderBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customInt1", UNSET)
        _instance.custom_int_1 = (
            UNSET if _value is UNSET else _models.CustomInt1InPurchaseOrderBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customInt2", UNSET)
        _instance.custom_int_2 = (
            UNSET if _value is UNSET else _models.CustomInt2InPurchaseOrderBasicUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        _instance.custom_date_time_utc1 = (
            UNSET if _value is UNSET else _models.CustomDateTimeUTC1InPurchaseOrderBasicUpdateDto.from_dict(_value)
        )
        _instance.time_stamp = _rest.pop("timeStamp", UNSET)
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
