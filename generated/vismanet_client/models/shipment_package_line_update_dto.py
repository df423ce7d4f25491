from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_package_line_update_dto_operation import (
    ShipmentPackageLineUpdateDtoOperation,
    check_shipment_package_line_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ShipmentPackageLineUpdateDto")


@_attrs_define
class ShipmentPackageLineUpdateDto:
    """
    Attributes:
        operation (ShipmentPackageLineUpdateDtoOperation | Unset):
        line_number (DtoValueOfInt32 | Unset):
        confirmed (DtoValueOfNullableOfBoolean | Unset):
        box_id (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        weight (DtoValueOfNullableOfDecimal | Unset):
        volume (DtoValueOfNullableOfDecimal | Unset):
        declared_value (DtoValueOfNullableOfDecimal | Unset):
        cod_amount (DtoValueOfNullableOfDecimal | Unset):
        tracking_number (DtoValueOfString | Unset):
        custom_ref_nbr_1 (DtoValueOfString | Unset):
        custom_ref_nbr_2 (DtoValueOfString | Unset):
    """

    operation: ShipmentPackageLineUpdateDtoOperation | Unset = UNSET
    line_number: DtoValueOfInt32 | Unset = UNSET
    confirmed: DtoValueOfNullableOfBoolean | Unset = UNSET
    box_id: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    weight: DtoValueOfNullableOfDecimal | Unset = UNSET
    volume: DtoValueOfNullableOfDecimal | Unset = UNSET
    declared_value: DtoValueOfNullableOfDecimal | Unset = UNSET
    cod_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    tracking_number: DtoValueOfString | Unset = UNSET
    custom_ref_nbr_1: DtoValueOfString | Unset = UNSET
    custom_ref_nbr_2: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_number, Unset):
            line_number = self.line_number.to_dict()

        confirmed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confirmed, Unset):
            confirmed = self.confirmed.to_dict()

        box_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.box_id, Unset):
            box_id = self.box_id.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weight, Unset):
            weight = self.weight.to_dict()

        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        declared_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.declared_value, Unset):
            declared_value = self.declared_value.to_dict()

        cod_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cod_amount, Unset):
            cod_amount = self.cod_amount.to_dict()

        tracking_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking_number, Unset):
            tracking_number = self.tracking_number.to_dict()

        custom_ref_nbr_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_ref_nbr_1, Unset):
            custom_ref_nbr_1 = self.custom_ref_nbr_1.to_dict()

        custom_ref_nbr_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_ref_nbr_2, Unset):
            custom_ref_nbr_2 = self.custom_ref_nbr_2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if box_id is not UNSET:
            field_dict["boxId"] = box_id
        if description is not UNSET:
            field_dict["description"] = description
        if weight is not UNSET:
            field_dict["weight"] = weight
        if volume is not UNSET:
            field_dict["volume"] = volume
        if declared_value is not UNSET:
            field_dict["declaredValue"] = declared_value
        if cod_amount is not UNSET:
            field_dict["codAmount"] = cod_amount
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number
        if custom_ref_nbr_1 is not UNSET:
            field_dict["customRefNbr1"] = custom_ref_nbr_1
        if custom_ref_nbr_2 is not UNSET:
            field_dict["customRefNbr2"] = custom_ref_nbr_2

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: ShipmentPackageLineUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_shipment_package_line_update_dto_operation(_operation)

        _line_number = d.pop("lineNumber", UNSET)
        line_number: DtoValueOfInt32 | Unset
        if isinstance(_line_number, Unset):
            line_number = UNSET
        else:
            line_number = DtoValueOfInt32.from_dict(_line_number)

        _confirmed = d.pop("confirmed", UNSET)
        confirmed: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_confirmed, Unset):
            confirmed = UNSET
        else:
            confirmed = DtoValueOfNullableOfBoolean.from_dict(_confirmed)

        _box_id = d.pop("boxId", UNSET)
        box_id: DtoValueOfString | Unset
        if isinstance(_box_id, Unset):
            box_id = UNSET
        else:
            box_id = DtoValueOfString.from_dict(_box_id)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _weight = d.pop("weight", UNSET)
        weight: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_weight, Unset):
            weight = UNSET
        else:
            weight = DtoValueOfNullableOfDecimal.from_dict(_weight)

        _volume = d.pop("volume", UNSET)
        volume: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = DtoValueOfNullableOfDecimal.from_dict(_volume)

        _declared_value = d.pop("declaredValue", UNSET)
        declared_value: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_declared_value, Unset):
            declared_value = UNSET
        else:
            declared_value = DtoValueOfNullableOfDecimal.from_dict(_declared_value)

        _cod_amount = d.pop("codAmount", UNSET)
        cod_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_cod_amount, Unset):
            cod_amount = UNSET
        else:
            cod_amount = DtoValueOfNullableOfDecimal.from_dict(_cod_amount)

        _tracking_number = d.pop("trackingNumber", UNSET)
        tracking_number: DtoValueOfString | Unset
        if isinstance(_tracking_number, Unset):
            tracking_number = UNSET
        else:
            tracking_number = DtoValueOfString.from_dict(_tracking_number)

        _custom_ref_nbr_1 = d.pop("customRefNbr1", UNSET)
        custom_ref_nbr_1: DtoValueOfString | Unset
        if isinstance(_custom_ref_nbr_1, Unset):
            custom_ref_nbr_1 = UNSET
        else:
            custom_ref_nbr_1 = DtoValueOfString.from_dict(_custom_ref_nbr_1)

        _custom_ref_nbr_2 = d.pop("customRefNbr2", UNSET)
        custom_ref_nbr_2: DtoValueOfString | Unset
        if isinstance(_custom_ref_nbr_2, Unset):
            custom_ref_nbr_2 = UNSET
        else:
            custom_ref_nbr_2 = DtoValueOfString.from_dict(_custom_ref_nbr_2)

        shipment_package_line_update_dto = cls(
            operation=operation,
            line_number=line_number,
            confirmed=confirmed,
            box_id=box_id,
            description=description,
            weight=weight,
            volume=volume,
            declared_value=declared_value,
            cod_amount=cod_amount,
            tracking_number=tracking_number,
            custom_ref_nbr_1=custom_ref_nbr_1,
            custom_ref_nbr_2=custom_ref_nbr_2,
        )

        shipment_package_line_update_dto.additional_properties = d
        return shipment_package_line_update_dto

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
