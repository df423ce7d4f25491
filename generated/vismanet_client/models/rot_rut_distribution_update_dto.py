from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rot_rut_distribution_update_dto_operation import (
    RotRutDistributionUpdateDtoOperation,
    check_rot_rut_distribution_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="RotRutDistributionUpdateDto")


@_attrs_define
class RotRutDistributionUpdateDto:
    """
    Attributes:
        operation (RotRutDistributionUpdateDtoOperation | Unset):
        line_nbr (DtoValueOfNullableOfInt32 | Unset):
        personal_id (DtoValueOfString | Unset):
        amount (DtoValueOfNullableOfDecimal | Unset):
        extra (DtoValueOfNullableOfBoolean | Unset):
    """

    operation: RotRutDistributionUpdateDtoOperation | Unset = UNSET
    line_nbr: DtoValueOfNullableOfInt32 | Unset = UNSET
    personal_id: DtoValueOfString | Unset = UNSET
    amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    extra: DtoValueOfNullableOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_nbr, Unset):
            line_nbr = self.line_nbr.to_dict()

        personal_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.personal_id, Unset):
            personal_id = self.personal_id.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if personal_id is not UNSET:
            field_dict["personalId"] = personal_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: RotRutDistributionUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_rot_rut_distribution_update_dto_operation(_operation)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_line_nbr, Unset):
            line_nbr = UNSET
        else:
            line_nbr = DtoValueOfNullableOfInt32.from_dict(_line_nbr)

        _personal_id = d.pop("personalId", UNSET)
        personal_id: DtoValueOfString | Unset
        if isinstance(_personal_id, Unset):
            personal_id = UNSET
        else:
            personal_id = DtoValueOfString.from_dict(_personal_id)

        _amount = d.pop("amount", UNSET)
        amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = DtoValueOfNullableOfDecimal.from_dict(_amount)

        _extra = d.pop("extra", UNSET)
        extra: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = DtoValueOfNullableOfBoolean.from_dict(_extra)

        rot_rut_distribution_update_dto = cls(
            operation=operation,
            line_nbr=line_nbr,
            personal_id=personal_id,
            amount=amount,
            extra=extra,
        )

        rot_rut_distribution_update_dto.additional_properties = d
        return rot_rut_distribution_update_dto

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
