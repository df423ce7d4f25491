from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_detail_update_dto_operation import (
    DiscountDetailUpdateDtoOperation,
    check_discount_detail_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="DiscountDetailUpdateDto")


@_attrs_define
class DiscountDetailUpdateDto:
    """This class represent a Discount Detail for Purchase Order in Purchase Order Controller. Used to pass data to server
    for creating or updating an order

        Attributes:
            operation (DiscountDetailUpdateDtoOperation | Unset):
            line_nbr (DtoValueOfNullableOfInt32 | Unset):
            skip_discount (DtoValueOfNullableOfBoolean | Unset):
            discount_code (DtoValueOfString | Unset):
            sequance_id (DtoValueOfString | Unset):
    """

    operation: DiscountDetailUpdateDtoOperation | Unset = UNSET
    line_nbr: DtoValueOfNullableOfInt32 | Unset = UNSET
    skip_discount: DtoValueOfNullableOfBoolean | Unset = UNSET
    discount_code: DtoValueOfString | Unset = UNSET
    sequance_id: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_nbr, Unset):
            line_nbr = self.line_nbr.to_dict()

        skip_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skip_discount, Unset):
            skip_discount = self.skip_discount.to_dict()

        discount_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_code, Unset):
            discount_code = self.discount_code.to_dict()

        sequance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sequance_id, Unset):
            sequance_id = self.sequance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if skip_discount is not UNSET:
            field_dict["skipDiscount"] = skip_discount
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if sequance_id is not UNSET:
            field_dict["sequanceID"] = sequance_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: DiscountDetailUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_discount_detail_update_dto_operation(_operation)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_line_nbr, Unset):
            line_nbr = UNSET
        else:
            line_nbr = DtoValueOfNullableOfInt32.from_dict(_line_nbr)

        _skip_discount = d.pop("skipDiscount", UNSET)
        skip_discount: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_skip_discount, Unset):
            skip_discount = UNSET
        else:
            skip_discount = DtoValueOfNullableOfBoolean.from_dict(_skip_discount)

        _discount_code = d.pop("discountCode", UNSET)
        discount_code: DtoValueOfString | Unset
        if isinstance(_discount_code, Unset):
            discount_code = UNSET
        else:
            discount_code = DtoValueOfString.from_dict(_discount_code)

        _sequance_id = d.pop("sequanceID", UNSET)
        sequance_id: DtoValueOfString | Unset
        if isinstance(_sequance_id, Unset):
            sequance_id = UNSET
        else:
            sequance_id = DtoValueOfString.from_dict(_sequance_id)

        discount_detail_update_dto = cls(
            operation=operation,
            line_nbr=line_nbr,
            skip_discount=skip_discount,
            discount_code=discount_code,
            sequance_id=sequance_id,
        )

        discount_detail_update_dto.additional_properties = d
        return discount_detail_update_dto

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
