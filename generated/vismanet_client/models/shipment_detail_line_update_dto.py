from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.shipment_detail_line_update_dto_operation import (
    ShipmentDetailLineUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_number",
    "warehouse",
    "location",
    "uom",
    "shipped_qty",
    "lot_serial_nbr",
    "expiration_date",
    "reason_code",
    "description",
    "note",
    "allocations",
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
class ShipmentDetailLineUpdateDto(GeneratedModel):
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

    operation: ShipmentDetailLineUpdateDtoOperation | Unset | None = UNSET
    line_number: DtoValueOfInt32 | Unset | None = UNSET
    warehouse: DtoValueOfString | Unset | None = UNSET
    location: DtoValueOfString | Unset | None = UNSET
    uom: DtoValueOfString | Unset | None = UNSET
    shipped_qty: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    lot_serial_nbr: DtoValueOfString | Unset | None = UNSET
    expiration_date: ExpirationDateInShipmentDetailLineUpdateDto | Unset | None = UNSET
    reason_code: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    allocations: list[AllocationsUpdateDto] | Unset | None = UNSET
    custom_str_1: CustomStr1InShipmentDetailLineUpdateDto | Unset | None = UNSET
    custom_str_2: CustomStr2InShipmentDetailLineUpdateDto | Unset | None = UNSET
    custom_str_3: CustomStr3InShipmentDetailLineUpdateDto | Unset | None = UNSET
    custom_str_4: CustomStr4InShipmentDetailLineUpdateDto | Unset | None = UNSET
    custom_str_5: CustomStr5InShipmentDetailLineUpdateDto | Unset | None = UNSET
    custom_dec_1: CustomDec1InShipmentDetailLineUpdateDto | Unset | None = UNSET
    custom_dec_2: CustomDec2InShipmentDetailLineUpdateDto | Unset | None = UNSET
    custom_int_1: CustomInt1InShipmentDetailLineUpdateDto | Unset | None = UNSET
    custom_int_2: CustomInt2InShipmentDetailLineUpdateDto | Unset | None = UNSET
    custom_date_time_utc1: CustomDateTimeUTC1InShipmentDetailLineUpdateDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.shipped_qty
        if _value is not UNSET:
            field_dict["shippedQty"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.lot_serial_nbr
        if _value is not UNSET:
            field_dict["lotSerialNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.allocations
        if _value is not UNSET:
            field_dict["allocations"] = (
                [
                    allocations_item_data.to_dict()
                    if isinstance(allocations_item_data, GeneratedModel)
                    else allocations_item_data
                    for allocations_item_data in _value
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
        if cls is not ShipmentDetailLineUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        self.line_number = (
            _models.DtoValueOfInt32._vn_fill(_new(_models.DtoValueOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uom", UNSET)
        self.uom = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("shippedQty", UNSET)
        self.shipped_qty = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lotSerialNbr", UNSET)
        self.lot_serial_nbr = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = (
            _models.ExpirationDateInShipmentDetailLineUpdateDto._vn_fill(
                _new(_models.ExpirationDateInShipmentDetailLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("reasonCode", UNSET)
        self.reason_code = (
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
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("allocations", UNSET)
        self.allocations = (
            [
                _models.AllocationsUpdateDto._vn_fill(_new(_models.AllocationsUpdateDto), allocations_item_data)
                if isinstance(allocations_item_data, dict)
                else allocations_item_data
                for allocations_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("customStr1", UNSET)
        self.custom_str_1 = (
            _models.CustomStr1InShipmentDetailLineUpdateDto._vn_fill(
                _new(_models.CustomStr1InShipmentDetailLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr2", UNSET)
        self.custom_str_2 = (
            _models.CustomStr2InShipmentDetailLineUpdateDto._vn_fill(
                _new(_models.CustomStr2InShipmentDetailLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr3", UNSET)
        self.custom_str_3 = (
            _models.CustomStr3InShipmentDetailLineUpdateDto._vn_fill(
                _new(_models.CustomStr3InShipmentDetailLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr4", UNSET)
        self.custom_str_4 = (
            _models.CustomStr4InShipmentDetailLineUpdateDto._vn_fill(
                _new(_models.CustomStr4InShipmentDetailLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customStr5", UNSET)
        self.custom_str_5 = (
            _models.CustomStr5InShipmentDetailLineUpdateDto._vn_fill(
                _new(_models.CustomStr5InShipmentDetailLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDec1", UNSET)
        self.custom_dec_1 = (
            _models.CustomDec1InShipmentDetailLineUpdateDto._vn_fill(
                _new(_models.CustomDec1InShipmentDetailLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDec2", UNSET)
        self.custom_dec_2 = (
            _models.CustomDec2InShipmentDetailLineUpdateDto._vn_fill(
                _new(_models.CustomDec2InShipmentDetailLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customInt1", UNSET)
        self.custom_int_1 = (
            _models.CustomInt1InShipmentDetailLineUpdateDto._vn_fill(
                _new(_models.CustomInt1InShipmentDetailLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customInt2", UNSET)
        self.custom_int_2 = (
            _models.CustomInt2InShipmentDetailLineUpdateDto._vn_fill(
                _new(_models.CustomInt2InShipmentDetailLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customDateTimeUTC1", UNSET)
        self.custom_date_time_utc1 = (
            _models.CustomDateTimeUTC1InShipmentDetailLineUpdateDto._vn_fill(
                _new(_models.CustomDateTimeUTC1InShipmentDetailLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("line_number", "lineNumber", False, ("model", "DtoValueOfInt32")),
        ("warehouse", "warehouse", False, ("model", "DtoValueOfString")),
        ("location", "location", False, ("model", "DtoValueOfString")),
        ("uom", "uom", False, ("model", "DtoValueOfString")),
        ("shipped_qty", "shippedQty", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("lot_serial_nbr", "lotSerialNbr", False, ("model", "DtoValueOfString")),
        ("expiration_date", "expirationDate", False, ("model", "ExpirationDateInShipmentDetailLineUpdateDto")),
        ("reason_code", "reasonCode", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("note", "note", False, ("model", "DtoValueOfString")),
        ("allocations", "allocations", False, ("list", ("model", "AllocationsUpdateDto"))),
        ("custom_str_1", "customStr1", False, ("model", "CustomStr1InShipmentDetailLineUpdateDto")),
        ("custom_str_2", "customStr2", False, ("model", "CustomStr2InShipmentDetailLineUpdateDto")),
        ("custom_str_3", "customStr3", False, ("model", "CustomStr3InShipmentDetailLineUpdateDto")),
        ("custom_str_4", "customStr4", False, ("model", "CustomStr4InShipmentDetailLineUpdateDto")),
        ("custom_str_5", "customStr5", False, ("model", "CustomStr5InShipmentDetailLineUpdateDto")),
        ("custom_dec_1", "customDec1", False, ("model", "CustomDec1InShipmentDetailLineUpdateDto")),
        ("custom_dec_2", "customDec2", False, ("model", "CustomDec2InShipmentDetailLineUpdateDto")),
        ("custom_int_1", "customInt1", False, ("model", "CustomInt1InShipmentDetailLineUpdateDto")),
        ("custom_int_2", "customInt2", False, ("model", "CustomInt2InShipmentDetailLineUpdateDto")),
        (
            "custom_date_time_utc1",
            "customDateTimeUTC1",
            False,
            ("model", "CustomDateTimeUTC1InShipmentDetailLineUpdateDto"),
        ),
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


_Lazy = _lazy_twin(ShipmentDetailLineUpdateDto)
