from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.shipment_detail_line_add_dto_operation import (
    ShipmentDetailLineAddDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_date_time_utc1_in_shipment_detail_line_add_dto import (
        CustomDateTimeUTC1InShipmentDetailLineAddDto,
    )
    from ..models.custom_dec_1_in_shipment_detail_line_add_dto import CustomDec1InShipmentDetailLineAddDto
    from ..models.custom_dec_2_in_shipment_detail_line_add_dto import CustomDec2InShipmentDetailLineAddDto
    from ..models.custom_int_1_in_shipment_detail_line_add_dto import CustomInt1InShipmentDetailLineAddDto
    from ..models.custom_int_2_in_shipment_detail_line_add_dto import CustomInt2InShipmentDetailLineAddDto
    from ..models.custom_str_1_in_shipment_detail_line_add_dto import CustomStr1InShipmentDetailLineAddDto
    from ..models.custom_str_2_in_shipment_detail_line_add_dto import CustomStr2InShipmentDetailLineAddDto
    from ..models.custom_str_3_in_shipment_detail_line_add_dto import CustomStr3InShipmentDetailLineAddDto
    from ..models.custom_str_4_in_shipment_detail_line_add_dto import CustomStr4InShipmentDetailLineAddDto
    from ..models.custom_str_5_in_shipment_detail_line_add_dto import CustomStr5InShipmentDetailLineAddDto
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ShipmentDetailLineAddDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "inventory_number",
    "operation",
    "line_number",
    "warehouse",
    "location",
    "uom",
    "shipped_qty",
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
class ShipmentDetailLineAddDto:
    """
    Attributes:
        inventory_number (DtoValueOfString):
        operation (ShipmentDetailLineAddDtoOperation | Unset):
        line_number (DtoValueOfInt32 | Unset):
        warehouse (DtoValueOfString | Unset):
        location (DtoValueOfString | Unset):
        uom (DtoValueOfString | Unset):
        shipped_qty (DtoValueOfNullableOfDecimal | Unset):
        custom_str_1 (CustomStr1InShipmentDetailLineAddDto | Unset): A free custom colum of type string with max length
            100.
        custom_str_2 (CustomStr2InShipmentDetailLineAddDto | Unset): A free custom colum of type string with max length
            100.
        custom_str_3 (CustomStr3InShipmentDetailLineAddDto | Unset): A free custom colum of type string with max length
            100.
        custom_str_4 (CustomStr4InShipmentDetailLineAddDto | Unset): A free custom colum of type string with max length
            100.
        custom_str_5 (CustomStr5InShipmentDetailLineAddDto | Unset): A free custom colum of type string with max length
            100.
        custom_dec_1 (CustomDec1InShipmentDetailLineAddDto | Unset): A free custom colum of type decimal with max 4
            decimals.
        custom_dec_2 (CustomDec2InShipmentDetailLineAddDto | Unset): A free custom colum of type decimal with max 4
            decimals.
        custom_int_1 (CustomInt1InShipmentDetailLineAddDto | Unset): A free custom colum of type int
        custom_int_2 (CustomInt2InShipmentDetailLineAddDto | Unset): A free custom colum of type int
        custom_date_time_utc1 (CustomDateTimeUTC1InShipmentDetailLineAddDto | Unset): A free custom colum of type
            DateTime - in UTC timezone
    """

    inventory_number: DtoValueOfString
    operation: ShipmentDetailLineAddDtoOperation | Unset = UNSET
    line_number: DtoValueOfInt32 | Unset = UNSET
    warehouse: DtoValueOfString | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    shipped_qty: DtoValueOfNullableOfDecimal | Unset = UNSET
    custom_str_1: CustomStr1InShipmentDetailLineAddDto | Unset = UNSET
    custom_str_2: CustomStr2InShipmentDetailLineAddDto | Unset = UNSET
    custom_str_3: CustomStr3InShipmentDetailLineAddDto | Unset = UNSET
    custom_str_4: CustomStr4InShipmentDetailLineAddDto | Unset = UNSET
    custom_str_5: CustomStr5InShipmentDetailLineAddDto | Unset = UNSET
    custom_dec_1: CustomDec1InShipmentDetailLineAddDto | Unset = UNSET
    custom_dec_2: CustomDec2InShipmentDetailLineAddDto | Unset = UNSET
    custom_int_1: CustomInt1InShipmentDetailLineAddDto | Unset = UNSET
    custom_int_2: CustomInt2InShipmentDetailLineAddDto | Unset = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InShipmentDetailLineAddDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inventory_number = self.inventory_number.to_dict()

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_number, Unset):
            line_number = self.line_number.to_dict()

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        shipped_qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipped_qty, Unset):
            shipped_qty = self.shipped_qty.to_dict()

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
        field_dict.update(
            {
                "inventoryNumber": inventory_number,
            }
        )
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if location is not UNSET:
            field_dict["location"] = location
        if uom is not UNSET:
            field_dict["uom"] = uom
        if shipped_qty is not UNSET:
            field_dict["shippedQty"] = shipped_qty
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
        _value = _rest.pop("inventoryNumber")
        _instance.inventory_number = _models.DtoValueOfString.from_dict(_value)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        _instance.line_number = UNSET if _value is UNSET else _models.DtoValueOfInt32.from_dict(_value)
        _value = _rest.pop("warehouse", UNSET)
        _instance.warehouse = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("shippedQty", UNSET)
        _instance.shipped_qty = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("customStr1", UNSET)
        _instance.custom_str_1 = (
            UNSET if _value is UNSET else _models.CustomStr1InShipmentDetailLineAddDto.from_dict(_value)
        )
        _value = _rest.pop("customStr2", UNSET)
        _instance.custom_str_2 = (
            UNSET if _value is UNSET else _models.CustomStr2InShipmentDetailLineAddDto.from_dict(_value)
        )
        _value = _rest.pop("customStr3", UNSET)
        _instance.custom_str_3 = (
            UNSET if _value is UNSET else _models.CustomStr3InShipmentDetailLineAddDto.from_dict(_value)
        )
        _value = _rest.pop("customStr4", UNSET)
        _instance.custom_str_4 = (
            UNSET if _value is UNSET else _models.CustomStr4InShipmentDetailLineAddDto.from_dict(_value)
        )
        _value = _rest.pop("customStr5", UNSET)
        _instance.custom_str_5 = (
            UNSET if _value is UNSET else _models.CustomStr5InShipmentDetailLineAddDto.from_dict(_value)
        )
        _value = _rest.pop("customDec1", UNSET)
        _instance.custom_dec_1 = (
            UNSET if _value is UNSET else _models.CustomDec1InShipmentDetailLineAddDto.from_dict(_value)
        )
        _value = _rest.pop("customDec2", UNSET)
        _instance.custom_dec_2 = (
            UNSET if _value is UNSET else _models.CustomDec2InShipmentDetailLineAddDto.from_dict(_value)
        )
        _value = _rest.pop("customInt1", UNSET)
        _instance.custom_int_1 = (
            UNSET if _value is UNSET else _models.CustomInt1InShipmentDetailLineAddDto.from_dict(_value)
        )
        _value = _rest.pop("customInt2", UNSET)
        _instance.custom_int_2 = (
            UNSET if _value is UNSET else _models.CustomInt2InShipmentDetailLineAddDto.from_dict(_value)
        )
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        _instance.custom_date_time_utc1 = (
            UNSET if _value is UNSET else _models.CustomDateTimeUTC1InShipmentDetailLineAddDto.from_dict(_value)
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
