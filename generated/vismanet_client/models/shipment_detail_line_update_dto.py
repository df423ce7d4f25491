from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_detail_line_update_dto_operation import (
    ShipmentDetailLineUpdateDtoOperation,
    check_shipment_detail_line_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocations_update_dto import AllocationsUpdateDto
    from ..models.custom_date_time_utc1_in_shipment_detail_line_update_dto import (
        CustomDateTimeUTC1InShipmentDetailLineUpdateDto,
    )
    from ..models.custom_dec_1_in_shipment_detail_line_update_dto import CustomDec1InShipmentDetailLineUpdateDto
    from ..models.custom_dec_2_in_shipment_detail_line_update_dto import CustomDec2InShipmentDetailLineUpdateDto
    from ..models.custom_int_1_in_shipment_detail_line_update_dto import CustomInt1InShipmentDetailLineUpdateDto
    from ..models.custom_int_2_in_shipment_detail_line_update_dto import CustomInt2InShipmentDetailLineUpdateDto
    from ..models.custom_str_1_in_shipment_detail_line_update_dto import CustomStr1InShipmentDetailLineUpdateDto
    from ..models.custom_str_2_in_shipment_detail_line_update_dto import CustomStr2InShipmentDetailLineUpdateDto
    from ..models.custom_str_3_in_shipment_detail_line_update_dto import CustomStr3InShipmentDetailLineUpdateDto
    from ..models.custom_str_4_in_shipment_detail_line_update_dto import CustomStr4InShipmentDetailLineUpdateDto
    from ..models.custom_str_5_in_shipment_detail_line_update_dto import CustomStr5InShipmentDetailLineUpdateDto
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.expiration_date_in_shipment_detail_line_update_dto import ExpirationDateInShipmentDetailLineUpdateDto


T = TypeVar("T", bound="ShipmentDetailLineUpdateDto")


@_attrs_define
class ShipmentDetailLineUpdateDto:
    """
    Attributes:
        operation (ShipmentDetailLineUpdateDtoOperation | Unset):
        line_number (DtoValueOfInt32 | Unset):
        warehouse (DtoValueOfString | Unset):
        location (DtoValueOfString | Unset):
        uom (DtoValueOfString | Unset):
        shipped_qty (DtoValueOfNullableOfDecimal | Unset):
        lot_serial_nbr (DtoValueOfString | Unset):
        expiration_date (ExpirationDateInShipmentDetailLineUpdateDto | Unset): Property will become obsolete after
            version 5.31
        reason_code (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        note (DtoValueOfString | Unset):
        allocations (list[AllocationsUpdateDto] | Unset):
        custom_str_1 (CustomStr1InShipmentDetailLineUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_str_2 (CustomStr2InShipmentDetailLineUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_str_3 (CustomStr3InShipmentDetailLineUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_str_4 (CustomStr4InShipmentDetailLineUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_str_5 (CustomStr5InShipmentDetailLineUpdateDto | Unset): A free custom colum of type string with max
            length 100.
        custom_dec_1 (CustomDec1InShipmentDetailLineUpdateDto | Unset): A free custom colum of type decimal with max 4
            decimals.
        custom_dec_2 (CustomDec2InShipmentDetailLineUpdateDto | Unset): A free custom colum of type decimal with max 4
            decimals.
        custom_int_1 (CustomInt1InShipmentDetailLineUpdateDto | Unset): A free custom colum of type int
        custom_int_2 (CustomInt2InShipmentDetailLineUpdateDto | Unset): A free custom colum of type int
        custom_date_time_utc1 (CustomDateTimeUTC1InShipmentDetailLineUpdateDto | Unset): A free custom colum of type
            DateTime - in UTC timezone
    """

    operation: ShipmentDetailLineUpdateDtoOperation | Unset = UNSET
    line_number: DtoValueOfInt32 | Unset = UNSET
    warehouse: DtoValueOfString | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    shipped_qty: DtoValueOfNullableOfDecimal | Unset = UNSET
    lot_serial_nbr: DtoValueOfString | Unset = UNSET
    expiration_date: ExpirationDateInShipmentDetailLineUpdateDto | Unset = UNSET
    reason_code: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    allocations: list[AllocationsUpdateDto] | Unset = UNSET
    custom_str_1: CustomStr1InShipmentDetailLineUpdateDto | Unset = UNSET
    custom_str_2: CustomStr2InShipmentDetailLineUpdateDto | Unset = UNSET
    custom_str_3: CustomStr3InShipmentDetailLineUpdateDto | Unset = UNSET
    custom_str_4: CustomStr4InShipmentDetailLineUpdateDto | Unset = UNSET
    custom_str_5: CustomStr5InShipmentDetailLineUpdateDto | Unset = UNSET
    custom_dec_1: CustomDec1InShipmentDetailLineUpdateDto | Unset = UNSET
    custom_dec_2: CustomDec2InShipmentDetailLineUpdateDto | Unset = UNSET
    custom_int_1: CustomInt1InShipmentDetailLineUpdateDto | Unset = UNSET
    custom_int_2: CustomInt2InShipmentDetailLineUpdateDto | Unset = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InShipmentDetailLineUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        lot_serial_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lot_serial_nbr, Unset):
            lot_serial_nbr = self.lot_serial_nbr.to_dict()

        expiration_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.to_dict()

        reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason_code, Unset):
            reason_code = self.reason_code.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

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
        if lot_serial_nbr is not UNSET:
            field_dict["lotSerialNbr"] = lot_serial_nbr
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if description is not UNSET:
            field_dict["description"] = description
        if note is not UNSET:
            field_dict["note"] = note
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
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
        from ..models.allocations_update_dto import AllocationsUpdateDto
        from ..models.custom_date_time_utc1_in_shipment_detail_line_update_dto import (
            CustomDateTimeUTC1InShipmentDetailLineUpdateDto,
        )
        from ..models.custom_dec_1_in_shipment_detail_line_update_dto import CustomDec1InShipmentDetailLineUpdateDto
        from ..models.custom_dec_2_in_shipment_detail_line_update_dto import CustomDec2InShipmentDetailLineUpdateDto
        from ..models.custom_int_1_in_shipment_detail_line_update_dto import CustomInt1InShipmentDetailLineUpdateDto
        from ..models.custom_int_2_in_shipment_detail_line_update_dto import CustomInt2InShipmentDetailLineUpdateDto
        from ..models.custom_str_1_in_shipment_detail_line_update_dto import CustomStr1InShipmentDetailLineUpdateDto
        from ..models.custom_str_2_in_shipment_detail_line_update_dto import CustomStr2InShipmentDetailLineUpdateDto
        from ..models.custom_str_3_in_shipment_detail_line_update_dto import CustomStr3InShipmentDetailLineUpdateDto
        from ..models.custom_str_4_in_shipment_detail_line_update_dto import CustomStr4InShipmentDetailLineUpdateDto
        from ..models.custom_str_5_in_shipment_detail_line_update_dto import CustomStr5InShipmentDetailLineUpdateDto
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.expiration_date_in_shipment_detail_line_update_dto import (
            ExpirationDateInShipmentDetailLineUpdateDto,
        )

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: ShipmentDetailLineUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_shipment_detail_line_update_dto_operation(_operation)

        _line_number = d.pop("lineNumber", UNSET)
        line_number: DtoValueOfInt32 | Unset
        if isinstance(_line_number, Unset):
            line_number = UNSET
        else:
            line_number = DtoValueOfInt32.from_dict(_line_number)

        _warehouse = d.pop("warehouse", UNSET)
        warehouse: DtoValueOfString | Unset
        if isinstance(_warehouse, Unset):
            warehouse = UNSET
        else:
            warehouse = DtoValueOfString.from_dict(_warehouse)

        _location = d.pop("location", UNSET)
        location: DtoValueOfString | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = DtoValueOfString.from_dict(_location)

        _uom = d.pop("uom", UNSET)
        uom: DtoValueOfString | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = DtoValueOfString.from_dict(_uom)

        _shipped_qty = d.pop("shippedQty", UNSET)
        shipped_qty: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_shipped_qty, Unset):
            shipped_qty = UNSET
        else:
            shipped_qty = DtoValueOfNullableOfDecimal.from_dict(_shipped_qty)

        _lot_serial_nbr = d.pop("lotSerialNbr", UNSET)
        lot_serial_nbr: DtoValueOfString | Unset
        if isinstance(_lot_serial_nbr, Unset):
            lot_serial_nbr = UNSET
        else:
            lot_serial_nbr = DtoValueOfString.from_dict(_lot_serial_nbr)

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: ExpirationDateInShipmentDetailLineUpdateDto | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = ExpirationDateInShipmentDetailLineUpdateDto.from_dict(_expiration_date)

        _reason_code = d.pop("reasonCode", UNSET)
        reason_code: DtoValueOfString | Unset
        if isinstance(_reason_code, Unset):
            reason_code = UNSET
        else:
            reason_code = DtoValueOfString.from_dict(_reason_code)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        _allocations = d.pop("allocations", UNSET)
        allocations: list[AllocationsUpdateDto] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = AllocationsUpdateDto.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        _custom_str_1 = d.pop("customStr1", UNSET)
        custom_str_1: CustomStr1InShipmentDetailLineUpdateDto | Unset
        if isinstance(_custom_str_1, Unset):
            custom_str_1 = UNSET
        else:
            custom_str_1 = CustomStr1InShipmentDetailLineUpdateDto.from_dict(_custom_str_1)

        _custom_str_2 = d.pop("customStr2", UNSET)
        custom_str_2: CustomStr2InShipmentDetailLineUpdateDto | Unset
        if isinstance(_custom_str_2, Unset):
            custom_str_2 = UNSET
        else:
            custom_str_2 = CustomStr2InShipmentDetailLineUpdateDto.from_dict(_custom_str_2)

        _custom_str_3 = d.pop("customStr3", UNSET)
        custom_str_3: CustomStr3InShipmentDetailLineUpdateDto | Unset
        if isinstance(_custom_str_3, Unset):
            custom_str_3 = UNSET
        else:
            custom_str_3 = CustomStr3InShipmentDetailLineUpdateDto.from_dict(_custom_str_3)

        _custom_str_4 = d.pop("customStr4", UNSET)
        custom_str_4: CustomStr4InShipmentDetailLineUpdateDto | Unset
        if isinstance(_custom_str_4, Unset):
            custom_str_4 = UNSET
        else:
            custom_str_4 = CustomStr4InShipmentDetailLineUpdateDto.from_dict(_custom_str_4)

        _custom_str_5 = d.pop("customStr5", UNSET)
        custom_str_5: CustomStr5InShipmentDetailLineUpdateDto | Unset
        if isinstance(_custom_str_5, Unset):
            custom_str_5 = UNSET
        else:
            custom_str_5 = CustomStr5InShipmentDetailLineUpdateDto.from_dict(_custom_str_5)

        _custom_dec_1 = d.pop("customDec1", UNSET)
        custom_dec_1: CustomDec1InShipmentDetailLineUpdateDto | Unset
        if isinstance(_custom_dec_1, Unset):
            custom_dec_1 = UNSET
        else:
            custom_dec_1 = CustomDec1InShipmentDetailLineUpdateDto.from_dict(_custom_dec_1)

        _custom_dec_2 = d.pop("customDec2", UNSET)
        custom_dec_2: CustomDec2InShipmentDetailLineUpdateDto | Unset
        if isinstance(_custom_dec_2, Unset):
            custom_dec_2 = UNSET
        else:
            custom_dec_2 = CustomDec2InShipmentDetailLineUpdateDto.from_dict(_custom_dec_2)

        _custom_int_1 = d.pop("customInt1", UNSET)
        custom_int_1: CustomInt1InShipmentDetailLineUpdateDto | Unset
        if isinstance(_custom_int_1, Unset):
            custom_int_1 = UNSET
        else:
            custom_int_1 = CustomInt1InShipmentDetailLineUpdateDto.from_dict(_custom_int_1)

        _custom_int_2 = d.pop("customInt2", UNSET)
        custom_int_2: CustomInt2InShipmentDetailLineUpdateDto | Unset
        if isinstance(_custom_int_2, Unset):
            custom_int_2 = UNSET
        else:
            custom_int_2 = CustomInt2InShipmentDetailLineUpdateDto.from_dict(_custom_int_2)

        _custom_date_time_utc1 = d.pop("customDateTimeUTC1", UNSET)
        custom_date_time_utc1: CustomDateTimeUTC1InShipmentDetailLineUpdateDto | Unset
        if isinstance(_custom_date_time_utc1, Unset):
            custom_date_time_utc1 = UNSET
        else:
            custom_date_time_utc1 = CustomDateTimeUTC1InShipmentDetailLineUpdateDto.from_dict(_custom_date_time_utc1)

        shipment_detail_line_update_dto = cls(
            operation=operation,
            line_number=line_number,
            warehouse=warehouse,
            location=location,
            uom=uom,
            shipped_qty=shipped_qty,
            lot_serial_nbr=lot_serial_nbr,
            expiration_date=expiration_date,
            reason_code=reason_code,
            description=description,
            note=note,
            allocations=allocations,
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

        shipment_detail_line_update_dto.additional_properties = d
        return shipment_detail_line_update_dto

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
